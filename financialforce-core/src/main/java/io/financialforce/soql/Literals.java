package io.financialforce.soql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Turns Java values into typed literals.
 */
final class Literals {

	private Literals() {
	}

	static Literal of(@Nullable Object value) {
		if (value == null) {
			return Literal.NullValue.INSTANCE;
		}
		if (value instanceof Literal literal) {
			return literal;
		}
		if (value instanceof CharSequence text) {
			return new Literal.StringValue(text.toString());
		}
		if (value instanceof Boolean bool) {
			return new Literal.BooleanValue(bool);
		}
		if (value instanceof BigDecimal decimal) {
			return new Literal.NumberValue(decimal);
		}
		if (value instanceof BigInteger integer) {
			return new Literal.NumberValue(new BigDecimal(integer));
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return new Literal.NumberValue(BigDecimal.valueOf(((Number) value).longValue()));
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new IllegalArgumentException("SOQL has no literal for " + number);
			}
			return new Literal.NumberValue(new BigDecimal(Double.toString(number)));
		}
		if (value instanceof LocalDate date) {
			return new Literal.DateValue(date);
		}
		if (value instanceof OffsetDateTime dateTime) {
			return new Literal.DateTimeValue(dateTime);
		}
		if (value instanceof Instant instant) {
			return new Literal.DateTimeValue(instant.atOffset(ZoneOffset.UTC));
		}
		throw new IllegalArgumentException("No SOQL literal for a value of type " + value.getClass().getName()
				+ "; use a String, Boolean, Number, LocalDate, OffsetDateTime or Instant");
	}

}
