package io.financialforce.core.mapping;

import java.math.BigDecimal;

import org.springframework.util.Assert;

/**
 * An amount of a currency field together with its record's {@code CurrencyIsoCode}, for multi-currency orgs. The
 * amount keeps the scale the API sent ({@code 1500.50} stays {@code 1500.50}); it is never a {@code double}.
 * <p>
 * In single-currency orgs (no {@code CurrencyIsoCode} field) map currency fields to {@link BigDecimal} instead.
 *
 * @param amount the amount, with its scale
 * @param currencyIsoCode the ISO 4217 code of the record's currency, three upper-case letters ({@code EUR})
 * @since 0.1.0
 */
public record Money(BigDecimal amount, String currencyIsoCode) {

	/**
	 * Checks the parts of a {@code Money}.
	 * @param amount the amount, with its scale
	 * @param currencyIsoCode the ISO 4217 code, three upper-case letters
	 * @throws IllegalArgumentException if either part is missing or the code is not three upper-case letters
	 */
	public Money {
		Assert.notNull(amount, "'amount' must not be null");
		Assert.notNull(currencyIsoCode, "'currencyIsoCode' must not be null");
		Assert.isTrue(currencyIsoCode.length() == 3 && currencyIsoCode.chars().allMatch((c) -> c >= 'A' && c <= 'Z'),
				() -> "Invalid currency ISO code '" + currencyIsoCode + "': expected three upper-case letters");
	}

	/**
	 * The money for an amount written as text.
	 * @param amount the amount, e.g. {@code "1500.50"} (the scale is kept)
	 * @param currencyIsoCode the ISO 4217 code
	 * @return the money
	 */
	public static Money of(String amount, String currencyIsoCode) {
		Assert.hasText(amount, "'amount' must not be empty");
		return new Money(new BigDecimal(amount), currencyIsoCode);
	}

	@Override
	public String toString() {
		return this.currencyIsoCode + " " + this.amount.toPlainString();
	}

}
