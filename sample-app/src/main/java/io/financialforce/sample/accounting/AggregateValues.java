package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads the values of aggregate rows ({@code AggregateResult}) by alias.
 */
final class AggregateValues {

	private AggregateValues() {
	}

	static @Nullable String string(Map<String, ?> row, String alias) {
		Object value = row.get(alias);
		return (value != null) ? value.toString() : null;
	}

	static @Nullable LocalDate date(Map<String, ?> row, String alias) {
		String value = string(row, alias);
		return (value != null) ? LocalDate.parse(value) : null;
	}

	static BigDecimal decimal(Map<String, ?> row, String alias) {
		Object value = row.get(alias);
		if (value == null) {
			return BigDecimal.ZERO;
		}
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

	static long count(Map<String, ?> row, String alias) {
		Object value = row.get(alias);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
