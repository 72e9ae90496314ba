package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A typed SOQL literal. The renderer is the only code that turns a literal into SOQL text, escaping as it goes, so a
 * value held in a literal can never change the statement around it.
 */
public sealed interface Literal extends Expression, Operand {

	/**
	 * The literal for a Java value: {@code String}, {@code Boolean}, any {@code Number}, {@code LocalDate},
	 * {@code OffsetDateTime}, {@code Instant}, or {@code null}.
	 * @param value the value
	 * @return its literal
	 * @throws IllegalArgumentException for a value of another type
	 */
	static Literal of(@Nullable Object value) {
		return Literals.of(value);
	}

	/**
	 * A string: {@code 'O\'Brien'}.
	 *
	 * @param value the decoded value
	 */
	record StringValue(String value) implements Literal {

		public StringValue {
			SoqlChecks.notNull(value, "value");
		}

	}

	/**
	 * A number, integer or decimal, kept with the scale it was written with: {@code 42}, {@code -1.50}. SOQL writes
	 * numbers without exponent, so a negative scale ({@code 1E+3}) is normalised to 0 ({@code 1000}) unless the number is too long to be
	 * written at all.
	 *
	 * @param value the number
	 */
	record NumberValue(BigDecimal value) implements Literal {

		public NumberValue {
			SoqlChecks.notNull(value, "value");
			if (value.scale() < 0 && value.precision() - (long) value.scale() <= SoqlLiteralParser.MAX_DIGITS) {
				value = value.setScale(0);
			}
		}

	}

	/**
	 * {@code TRUE} or {@code FALSE}.
	 *
	 * @param value the value
	 */
	record BooleanValue(boolean value) implements Literal {

	}

	/**
	 * {@code NULL}.
	 */
	record NullValue() implements Literal {

		/** The one {@code NULL}. */
		public static final NullValue INSTANCE = new NullValue();

	}

	/**
	 * A date: {@code 2024-01-31}.
	 *
	 * @param value the date
	 */
	record DateValue(LocalDate value) implements Literal {

		public DateValue {
			SoqlChecks.notNull(value, "value");
		}

	}

	/**
	 * A date and time with its offset: {@code 2024-01-31T12:34:56Z}, {@code 2024-01-31T12:34:56+01:00}.
	 *
	 * @param value the date-time
	 */
	record DateTimeValue(OffsetDateTime value) implements Literal {

		public DateTimeValue {
			SoqlChecks.notNull(value, "value");
		}

	}

	/**
	 * An amount in a currency, for multi-currency orgs: {@code USD5000}, {@code EUR12.50}.
	 *
	 * @param currencyIsoCode the ISO 4217 code, three upper-case letters
	 * @param amount the amount
	 */
	record CurrencyValue(String currencyIsoCode, BigDecimal amount) implements Literal {

		public CurrencyValue {
			SoqlChecks.notNull(currencyIsoCode, "currencyIsoCode");
			SoqlChecks.notNull(amount, "amount");
			if (currencyIsoCode.length() != 3 || !currencyIsoCode.chars().allMatch((c) -> c >= 'A' && c <= 'Z')) {
				throw new IllegalArgumentException(
						"Invalid currency ISO code '" + currencyIsoCode + "': expected three upper-case letters");
			}
		}

	}

	/**
	 * A relative date range: {@code TODAY}, {@code LAST_N_DAYS:30}, {@code N_FISCAL_QUARTERS_AGO:2}.
	 *
	 * @param range the range
	 * @param n the number of the {@code :n} forms, {@code null} for the others
	 */
	record RelativeDateValue(RelativeDate range, @Nullable Integer n) implements Literal {

		public RelativeDateValue {
			SoqlChecks.notNull(range, "range");
			if (range.takesNumber() && (n == null || n < 0)) {
				throw new IllegalArgumentException(range + " needs a number that is not negative, e.g. " + range + ":30");
			}
			if (!range.takesNumber() && n != null) {
				throw new IllegalArgumentException(range + " takes no number");
			}
		}

	}

}
