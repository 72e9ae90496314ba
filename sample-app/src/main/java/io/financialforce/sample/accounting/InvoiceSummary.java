package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A projection of an invoice for lists: the query reads only these fields (and the customer through its
 * relationship path), never the lines.
 */
public interface InvoiceSummary {

	/**
	 * The record id.
	 * @return the id
	 */
	String getId();

	/**
	 * The invoice number.
	 * @return e.g. {@code SIN000042}
	 */
	@Nullable String getName();

	/**
	 * The customer's account id.
	 * @return the id
	 */
	@Nullable String getCustomerId();

	/**
	 * The customer.
	 * @return the customer
	 */
	@Nullable Customer getCustomer();

	/**
	 * The invoice date.
	 * @return the date
	 */
	@Nullable LocalDate getInvoiceDate();

	/**
	 * When payment is due.
	 * @return the due date
	 */
	@Nullable LocalDate getDueDate();

	/**
	 * The status.
	 * @return the status
	 */
	@Nullable InvoiceStatus getStatus();

	/**
	 * The invoice currency.
	 * @return the ISO code
	 */
	@Nullable String getCurrency();

	/**
	 * Net plus tax.
	 * @return the total
	 */
	@Nullable BigDecimal getInvoiceTotal();

	/**
	 * What the customer still owes.
	 * @return the outstanding value
	 */
	@Nullable BigDecimal getOutstandingValue();

}
