package io.financialforce.sample.invoices;

import java.time.LocalDate;

import io.financialforce.sample.accounting.InvoiceStatus;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a draft invoice: what is absent stays as it is.
 *
 * @param dueDate a new due date, not before the invoice date
 * @param status {@code IN_PROGRESS}, {@code READY_TO_POST} or {@code DISCARDED}; posting ({@code COMPLETE}) is
 * FinancialForce's own posting run
 * @param customerReference a new customer reference
 * @param description a new description
 */
public record InvoiceChanges(@Nullable LocalDate dueDate, @Nullable InvoiceStatus status,
		@Size(max = 24) @Nullable String customerReference, @Size(max = 255) @Nullable String description) {

	boolean isEmpty() {
		return this.dueDate == null && this.status == null && this.customerReference == null
				&& this.description == null;
	}

}
