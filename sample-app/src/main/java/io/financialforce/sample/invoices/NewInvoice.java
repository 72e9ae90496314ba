package io.financialforce.sample.invoices;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A draft sales invoice to create.
 *
 * @param customerId the customer's account id
 * @param companyId the issuing company; the first company by name when absent
 * @param invoiceDate the invoice date, in an open period of the company
 * @param dueDate when payment is due; 30 days after the invoice date when absent
 * @param customerReference the customer's reference, e.g. a purchase order number
 * @param description free text
 * @param lines one to 200 lines
 */
public record NewInvoice(@NotNull @Pattern(regexp = RecordId.PATTERN, message = "must be a record id") @Nullable String customerId,
		@Pattern(regexp = RecordId.PATTERN, message = "must be a record id") @Nullable String companyId,
		@NotNull @Nullable LocalDate invoiceDate, @Nullable LocalDate dueDate,
		@Size(max = 24) @Nullable String customerReference, @Size(max = 255) @Nullable String description,
		@NotEmpty(message = "must hold at least one line") @Size(max = 200) @Nullable List<@Valid @NotNull NewInvoiceLine> lines) {

	/** Days from the invoice date to the due date when the request gives none. */
	static final int DEFAULT_TERMS_DAYS = 30;

	/**
	 * Whether the due date, if given, is not before the invoice date.
	 * @return {@code true} if the dates are in order
	 */
	@AssertTrue(message = "must not be before invoiceDate")
	boolean isDueDate() {
		return this.invoiceDate == null || this.dueDate == null || !this.dueDate.isBefore(this.invoiceDate);
	}

	/**
	 * The due date, or the default terms from the invoice date.
	 * @param invoiceDate the invoice date
	 * @return the due date
	 */
	LocalDate dueDateOr(LocalDate invoiceDate) {
		return (this.dueDate != null) ? this.dueDate : invoiceDate.plusDays(DEFAULT_TERMS_DAYS);
	}

}
