package io.financialforce.sample.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.financialforce.core.BatchWriteException;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.query.Query;
import io.financialforce.sample.accounting.Company;
import io.financialforce.sample.accounting.CompanyRepository;
import io.financialforce.sample.accounting.CustomerRepository;
import io.financialforce.sample.accounting.Invoice;
import io.financialforce.sample.accounting.InvoiceLine;
import io.financialforce.sample.accounting.InvoiceRepository;
import io.financialforce.sample.accounting.InvoiceStatus;
import io.financialforce.sample.accounting.InvoiceSummary;
import io.financialforce.sample.accounting.Period;
import io.financialforce.sample.accounting.PeriodRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import static io.financialforce.core.query.Criteria.where;

/**
 * Sales invoices: reads through the repositories, writes through {@link FinancialForceOperations} (the template),
 * which sends an invoice's lines in one sObject Collections call.
 */
@Service
public final class InvoiceService {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceService.class);

	private final FinancialForceOperations template;

	private final InvoiceRepository invoices;

	private final CustomerRepository customers;

	private final CompanyRepository companies;

	private final PeriodRepository periods;

	InvoiceService(FinancialForceOperations template, InvoiceRepository invoices, CustomerRepository customers,
			CompanyRepository companies, PeriodRepository periods) {
		this.template = template;
		this.invoices = invoices;
		this.customers = customers;
		this.companies = companies;
		this.periods = periods;
	}

	/**
	 * A page of invoices, optionally of one status and customer.
	 * @param status the status, or {@code null} for all
	 * @param customerId the customer, or {@code null} for all
	 * @param pageable the page and its order
	 * @return the page
	 */
	public Page<InvoiceSummary> page(@Nullable InvoiceStatus status, @Nullable String customerId, Pageable pageable) {
		if (status == InvoiceStatus.OTHER) {
			throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "status OTHER stands"
					+ " for picklist values this application does not know and cannot be filtered by; use a known status");
		}
		if (customerId == null) {
			return (status != null) ? this.invoices.findSummariesByStatus(status, pageable)
					: this.invoices.findSummariesBy(pageable);
		}
		requireCustomer(customerId, HttpStatus.BAD_REQUEST);
		return (status != null) ? this.invoices.findSummariesByCustomerIdAndStatus(customerId, status, pageable)
				: this.invoices.findSummariesByCustomerId(customerId, pageable);
	}

	/**
	 * A customer's open invoices due before a day, the most overdue first.
	 * @param customerId the customer
	 * @param day the day
	 * @return the invoices
	 */
	public List<InvoiceSummary> openInvoicesDueBefore(String customerId, LocalDate day) {
		requireCustomer(customerId, HttpStatus.NOT_FOUND);
		return this.invoices.findOpenInvoicesDueBefore(customerId, day);
	}

	/**
	 * An invoice with its customer and lines, in one query.
	 * @param id the invoice id
	 * @return the invoice
	 * @throws org.springframework.web.ErrorResponseException 404 if there is none
	 */
	public Invoice get(String id) {
		if (!RecordId.isValid(id)) {
			throw Problems.invoiceNotFound(id);
		}
		return this.template
			.findOne(Query.query(where("id").is(id)).include("customer", "lines"), Invoice.class)
			.orElseThrow(() -> Problems.invoiceNotFound(id));
	}

	/**
	 * Creates a draft invoice ({@code IN_PROGRESS}) in the period of its date, then its lines in one sObject
	 * Collections call; if the org rejects a line, the invoice is deleted again and nothing is left behind.
	 * @param request the invoice
	 * @return the invoice as the org stored it, totals included
	 */
	public Invoice create(NewInvoice request) {
		String customerId = required(request.customerId());
		LocalDate invoiceDate = required(request.invoiceDate());
		requireCustomer(customerId, HttpStatus.UNPROCESSABLE_CONTENT);
		Company company = company(request.companyId());
		Period period = openPeriod(company, invoiceDate);
		Invoice draft = new Invoice(null, null, customerId, null, company.id(), period.id(), invoiceDate,
				request.dueDateOr(invoiceDate), InvoiceStatus.IN_PROGRESS, request.customerReference(),
				request.description(), company.currency(), null, null, null, null, null);
		Invoice invoice = this.template.insert(draft);
		String id = required(invoice.id());
		try {
			this.template.insertAll(lines(id, required(request.lines())));
		}
		catch (BatchWriteException ex) {
			discard(id, ex);
			throw Problems.linesRejected(ex.getMessage());
		}
		catch (RuntimeException ex) {
			discard(id, ex);
			throw ex;
		}
		logger.info("Created draft invoice {} for customer {} with {} lines", id, customerId,
				required(request.lines()).size());
		return get(id);
	}

	/**
	 * Changes a draft invoice.
	 * @param id the invoice id
	 * @param changes what to change
	 * @return the invoice after the change
	 */
	public Invoice update(String id, InvoiceChanges changes) {
		Invoice invoice = editable(id);
		if (changes.status() == InvoiceStatus.COMPLETE || changes.status() == InvoiceStatus.OTHER) {
			throw Problems.invalidChange("status " + changes.status() + " cannot be set here: a draft may become"
					+ " IN_PROGRESS, READY_TO_POST or DISCARDED; posting to COMPLETE is FinancialForce's posting run");
		}
		if (changes.dueDate() != null && invoice.invoiceDate() != null
				&& changes.dueDate().isBefore(invoice.invoiceDate())) {
			throw Problems.invalidChange("dueDate " + changes.dueDate() + " is before the invoice date "
					+ invoice.invoiceDate());
		}
		if (!changes.isEmpty()) {
			this.template.update(new Invoice(id, null, null, null, null, null, null, changes.dueDate(),
					changes.status(), changes.customerReference(), changes.description(), null, null, null, null,
					null, null));
		}
		return get(id);
	}

	/**
	 * Deletes a draft invoice and its lines.
	 * @param id the invoice id
	 */
	public void delete(String id) {
		editable(id);
		if (!this.template.deleteById(id, Invoice.class)) {
			throw Problems.invoiceNotFound(id);
		}
	}

	/**
	 * Deletes an invoice whose lines could not be saved, so that no half-made draft stays behind.
	 */
	private void discard(String id, RuntimeException cause) {
		try {
			this.template.deleteById(id, Invoice.class);
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot delete draft invoice {} whose lines failed; delete it by hand", id, ex);
			cause.addSuppressed(ex);
		}
	}

	private Invoice editable(String id) {
		Invoice invoice = get(id);
		if (invoice.status() == null || !invoice.status().isDraft()) {
			throw Problems.notEditable(String.valueOf(invoice.name()), invoice.status());
		}
		return invoice;
	}

	private void requireCustomer(String customerId, HttpStatus status) {
		if (!RecordId.isValid(customerId) || !this.customers.existsById(customerId)) {
			throw Problems.unknownCustomer(status, customerId);
		}
	}

	private Company company(@Nullable String companyId) {
		if (companyId == null) {
			return this.companies.findDefault().orElseThrow(Problems::noCompany);
		}
		return this.companies.findById(companyId).orElseThrow(() -> Problems.unknownCompany(companyId));
	}

	private Period openPeriod(Company company, LocalDate day) {
		Period period = this.periods.findPeriodOf(required(company.id()), day)
			.orElseThrow(() -> Problems.periodNotOpen(company.name() + " has no accounting period for " + day
					+ "; create the year and its periods first"));
		if (!period.isOpenForReceivables()) {
			throw Problems.periodNotOpen("Period " + period.name() + " of " + company.name() + " is closed for"
					+ " receivables; date the invoice in an open period");
		}
		return period;
	}

	private static List<InvoiceLine> lines(String invoiceId, List<NewInvoiceLine> requested) {
		List<InvoiceLine> lines = new ArrayList<>(requested.size());
		for (NewInvoiceLine line : requested) {
			BigDecimal quantity = required(line.quantity());
			BigDecimal unitPrice = required(line.unitPrice());
			BigDecimal taxValue = (line.taxRate() != null) ? quantity.multiply(unitPrice)
				.multiply(line.taxRate())
				.movePointLeft(2)
				.setScale(2, RoundingMode.HALF_UP) : null;
			lines.add(new InvoiceLine(null, invoiceId, lines.size() + 1, line.productId(), line.description(),
					quantity, unitPrice, line.taxRate(), taxValue, null));
		}
		return lines;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A validated value is missing");
		}
		return value;
	}

}
