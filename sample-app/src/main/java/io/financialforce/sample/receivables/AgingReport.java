package io.financialforce.sample.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.financialforce.sample.accounting.OutstandingByDueDate;

/**
 * The ageing of receivables on a day: per customer and currency, and totals per currency (amounts of different
 * currencies are never added up).
 *
 * @param asOf the day the ages are counted to
 * @param customers one entry per customer and currency, by customer name
 * @param totals the totals per currency, by ISO code
 */
public record AgingReport(LocalDate asOf, List<CustomerAging> customers, Map<String, AgingAmounts> totals) {

	/** The currency of rows without one (single-currency orgs do not have {@code CurrencyIsoCode}). */
	static final String NO_CURRENCY = "";

	/**
	 * Folds the rows of the server-side aggregate (one per customer, currency and due date) into buckets.
	 * @param asOf the day the ages are counted to
	 * @param rows the aggregate rows, grouped by customer and currency
	 * @return the report
	 */
	public static AgingReport of(LocalDate asOf, List<OutstandingByDueDate> rows) {
		Map<List<String>, CustomerAging> byCustomer = new LinkedHashMap<>();
		for (OutstandingByDueDate row : rows) {
			String currency = (row.currency() != null) ? row.currency() : NO_CURRENCY;
			long daysPastDue = (row.dueDate() != null) ? ChronoUnit.DAYS.between(row.dueDate(), asOf) : 0;
			AgingBucket bucket = AgingBucket.of(daysPastDue);
			byCustomer.merge(List.of(row.customerId(), currency),
					new CustomerAging(row.customerId(), row.customerName(), currency, row.invoices(),
							AgingAmounts.ZERO.plus(bucket, row.outstanding())),
					(a, b) -> new CustomerAging(a.customerId(), a.customerName(), currency,
							a.invoices() + b.invoices(), a.amounts().plus(b.amounts())));
		}
		List<CustomerAging> customers = new ArrayList<>(byCustomer.values());
		Map<String, AgingAmounts> totals = new TreeMap<>();
		for (CustomerAging customer : customers) {
			totals.merge(customer.currency(), customer.amounts(), AgingAmounts::plus);
		}
		return new AgingReport(asOf, List.copyOf(customers), totals);
	}

	/**
	 * The total outstanding in a currency.
	 * @param currency the ISO code
	 * @return the total, zero if nothing is owed in it
	 */
	public BigDecimal total(String currency) {
		AgingAmounts amounts = this.totals.get(currency);
		return (amounts != null) ? amounts.total() : BigDecimal.ZERO;
	}

}
