package io.financialforce.emulator.query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * SOQL's value semantics: text is compared without case and {@code ''} is null; numbers compare as decimals; ids
 * compare on their case-sensitive 15-character prefix; multi-select picklists compare as sets of values.
 */
final class Values {

	private Values() {
	}

	/**
	 * The value as SOQL sees it: {@code null} for {@code null} and for empty text.
	 */
	static @Nullable Object effective(@Nullable Object value) {
		return (value instanceof String text && text.isEmpty()) ? null : value;
	}

	/**
	 * A key with SOQL's equality, for hashing: equal keys mean equal values.
	 */
	static @Nullable Object key(@Nullable Object value, FieldType type) {
		Object effective = effective(value);
		if (effective == null) {
			return null;
		}
		if (effective instanceof String text) {
			if (type == FieldType.ID || type == FieldType.REFERENCE) {
				return (text.length() >= 15) ? text.substring(0, 15) : text;
			}
			if (type == FieldType.MULTIPICKLIST) {
				return multiValues(text);
			}
			return text.toLowerCase(Locale.ROOT);
		}
		if (effective instanceof Number) {
			BigDecimal decimal = decimal(effective);
			return (decimal.signum() == 0) ? BigDecimal.ZERO : decimal.stripTrailingZeros();
		}
		return effective;
	}

	/**
	 * The values of a multi-select picklist, lower-cased.
	 */
	static Set<String> multiValues(String text) {
		Set<String> values = new TreeSet<>();
		Arrays.stream(text.split(";")).map(String::trim).filter((part) -> !part.isEmpty())
			.forEach((part) -> values.add(part.toLowerCase(Locale.ROOT)));
		return values;
	}

	static BigDecimal decimal(Object number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof Integer || number instanceof Long || number instanceof Short) {
			return BigDecimal.valueOf(((Number) number).longValue());
		}
		return new BigDecimal(number.toString());
	}

	/**
	 * Orders two non-null values of one type: text without case, numbers as decimals, others naturally.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static int compare(Object left, Object right) {
		if (left instanceof String a && right instanceof String b) {
			return a.compareToIgnoreCase(b);
		}
		if (left instanceof Number && right instanceof Number) {
			return decimal(left).compareTo(decimal(right));
		}
		return ((Comparable) left).compareTo(right);
	}

	/**
	 * Orders values with nulls (and empty text) first.
	 */
	static int compareNullsFirst(@Nullable Object left, @Nullable Object right) {
		Object a = effective(left);
		Object b = effective(right);
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		return compare(a, b);
	}

	/**
	 * Whether the type holds numbers.
	 */
	static boolean isNumeric(FieldType type) {
		return type == FieldType.INT || type == FieldType.DOUBLE || type == FieldType.CURRENCY
				|| type == FieldType.PERCENT;
	}

	/**
	 * The SOAP type name used in filter error messages.
	 */
	static String soapName(FieldType type) {
		return switch (type) {
			case INT -> "integer";
			case DOUBLE, CURRENCY, PERCENT -> "double";
			case BOOLEAN -> "boolean";
			case DATE -> "date";
			case DATETIME -> "dateTime";
			case TIME -> "time";
			case ID, REFERENCE -> "id";
			default -> "string";
		};
	}

}
