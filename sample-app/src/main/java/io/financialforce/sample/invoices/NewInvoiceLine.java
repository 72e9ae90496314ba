package io.financialforce.sample.invoices;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A line of a new invoice.
 *
 * @param productId the product sold, optional
 * @param description the line text
 * @param quantity how many, more than zero
 * @param unitPrice the price of one, zero or more
 * @param taxRate the tax rate in percent, 0 to 100; no tax when absent
 */
public record NewInvoiceLine(@Pattern(regexp = RecordId.PATTERN, message = "must be a record id") @Nullable String productId,
		@NotBlank @Size(max = 255) @Nullable String description,
		@NotNull @Positive @Digits(integer = 12, fraction = 6) @Nullable BigDecimal quantity,
		@NotNull @PositiveOrZero @Digits(integer = 9, fraction = 9) @Nullable BigDecimal unitPrice,
		@DecimalMin("0") @DecimalMax("100") @Nullable BigDecimal taxRate) {

}
