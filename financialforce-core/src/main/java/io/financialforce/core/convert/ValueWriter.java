package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.Money;
import io.financialforce.core.mapping.SoqlValues;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Turns property values into JSON-ready values of the REST API: {@code String}, {@code Boolean}, numbers (decimals
 * keep their scale) or {@code null}, whatever JSON library serialises them.
 */
final class ValueWriter {

	private ValueWriter() {
	}

	static @Nullable Object toJson(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
				|| value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof BigInteger) {
			return value;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new IllegalArgumentException(number + " cannot be sent: JSON has no such number");
			}
			return value;
		}
		if (value instanceof Enum<?> || value instanceof Money) {
			return SoqlValues.toSoqlValue(value);
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Instant instant) {
			return SalesforceTime.formatDateTime(instant);
		}
		if (value instanceof OffsetDateTime dateTime) {
			return SalesforceTime.formatDateTime(dateTime.toInstant());
		}
		if (value instanceof LocalTime time) {
			return SalesforceTime.formatTime(time);
		}
		if (value instanceof Collection<?> values) {
			return multiPicklist(values);
		}
		throw new InvalidDataAccessApiUsageException("Values of type " + value.getClass().getName()
				+ " cannot be written; Address and GeoLocation are read only (write their component fields)");
	}

	/** A multi-select picklist value: {@code "a;b"}, or {@code null} for no values. */
	private static @Nullable String multiPicklist(Collection<?> values) {
		if (values.isEmpty()) {
			return null;
		}
		StringJoiner joined = new StringJoiner(";");
		for (Object value : values) {
			Object element = SoqlValues.toSoqlValue(value);
			if (!(element instanceof String text) || text.contains(";")) {
				throw new IllegalArgumentException("a multi-select picklist holds Strings or enum constants without"
						+ " ';', not " + value);
			}
			joined.add(text);
		}
		return joined.toString();
	}

}
