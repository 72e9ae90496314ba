package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The sales invoices. Every method runs as one SOQL statement (a {@code Page} adds one {@code COUNT()}).
 */
public interface InvoiceRepository extends FinancialForceRepository<Invoice, String> {

	/**
	 * The most rows one aggregate query returns: the API cannot page {@code GROUP BY} results.
	 */
	int AGGREGATE_ROW_LIMIT = 2000;

	/**
	 * A page of invoices, as summaries.
	 * @param pageable the page and its order
	 * @return the page
	 */
	Page<InvoiceSummary> findSummariesBy(Pageable pageable);

	/**
	 * A page of the invoices in a status, as summaries.
	 * @param status the status
	 * @param pageable the page and its order
	 * @return the page
	 */
	Page<InvoiceSummary> findSummariesByStatus(InvoiceStatus status, Pageable pageable);

	/**
	 * A page of a customer's invoices, as summaries.
	 * @param customerId the customer
	 * @param pageable the page and its order
	 * @return the page
	 */
	Page<InvoiceSummary> findSummariesByCustomerId(String customerId, Pageable pageable);

	/**
	 * A page of a customer's invoices in a status, as summaries.
	 * @param customerId the customer
	 * @param status the status
	 * @param pageable the page and its order
	 * @return the page
	 */
	Page<InvoiceSummary> findSummariesByCustomerIdAndStatus(String customerId, InvoiceStatus status,
			Pageable pageable);

	/**
	 * A customer's open invoices (posted, not fully paid) due before a day, the most overdue first.
	 * @param customerId the customer
	 * @param day the day
	 * @return the invoices
	 */
	default List<InvoiceSummary> findOpenInvoicesDueBefore(String customerId, LocalDate day) {
		return findByCustomerIdAndStatusAndOutstandingValueGreaterThanAndDueDateBeforeOrderByDueDateAsc(customerId,
				InvoiceStatus.COMPLETE, BigDecimal.ZERO, day);
	}

	/**
	 * The derived query behind {@link #findOpenInvoicesDueBefore(String, LocalDate)}.
	 * @param customerId the customer
	 * @param status the status
	 * @param outstanding the value the outstanding value must exceed
	 * @param day the day the due date must be before
	 * @return the invoices, by due date
	 */
	List<InvoiceSummary> findByCustomerIdAndStatusAndOutstandingValueGreaterThanAndDueDateBeforeOrderByDueDateAsc(
			String customerId, InvoiceStatus status, BigDecimal outstanding, LocalDate day);

	/**
	 * What each customer owes per currency and due date, summed on the server: the input of the ageing report.
	 * Grouping by the due date itself keeps the buckets exact whatever day the report is run (see the README).
	 * @return at most {@link #AGGREGATE_ROW_LIMIT} rows
	 */
	default List<OutstandingByDueDate> sumOutstandingByCustomerAndDueDate() {
		return outstandingByCustomerAndDueDate().stream().map(OutstandingByDueDate::of).toList();
	}

	/**
	 * The open invoices and what they add up to, per currency.
	 * @return one row per currency
	 */
	default List<OutstandingByCurrency> sumOutstandingByCurrency() {
		return outstandingByCurrency().stream().map(OutstandingByCurrency::of).toList();
	}

	// The aggregate rows are read as maps, not straight into the records above: the mapping context checks every
	// type it reads against the org's describe metadata as if it were an sObject (reported to the library).

	/**
	 * The aggregate behind {@link #sumOutstandingByCustomerAndDueDate()}.
	 * @return the rows
	 */
	@Query("""
			SELECT c2g__Account__c customerId, c2g__Account__r.Name customerName, CurrencyIsoCode currency,
				c2g__DueDate__c dueDate, SUM(c2g__OutstandingValue__c) outstanding, COUNT(Id) invoices
			FROM c2g__codaInvoice__c
			WHERE c2g__InvoiceStatus__c = 'Complete' AND c2g__OutstandingValue__c > 0
			GROUP BY c2g__Account__c, c2g__Account__r.Name, CurrencyIsoCode, c2g__DueDate__c
			ORDER BY c2g__Account__r.Name, c2g__Account__c, CurrencyIsoCode, c2g__DueDate__c
			LIMIT 2000""")
	List<Map<String, Object>> outstandingByCustomerAndDueDate();

	/**
	 * The aggregate behind {@link #sumOutstandingByCurrency()}.
	 * @return the rows
	 */
	@Query("""
			SELECT CurrencyIsoCode currency, SUM(c2g__OutstandingValue__c) outstanding, COUNT(Id) invoices
			FROM c2g__codaInvoice__c
			WHERE c2g__InvoiceStatus__c = 'Complete' AND c2g__OutstandingValue__c > 0
			GROUP BY CurrencyIsoCode
			ORDER BY CurrencyIsoCode""")
	List<Map<String, Object>> outstandingByCurrency();

}
