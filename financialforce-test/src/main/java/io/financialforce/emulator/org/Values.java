package io.financialforce.emulator.org;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Conversion of incoming values (JSON scalars, Java values) to a field's Java type, with the org's checks, and the
 * wire form of date-times.
 */
public final class Values {

	/** The API's date-time form, {@code 2024-01-31T12:34:56.000+0000}. */
	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx",
			Locale.ROOT);

	private static final DateTimeFormatter LENIENT_DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.appendPattern("HH:mm[:ss]")
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Values() {
	}

	/**
	 * Formats a date-time the way the API does.
	 * @param instant the instant
	 * @return e.g. {@code 2024-01-31T12:34:56.000+0000}
	 */
	public static String formatDateTime(Instant instant) {
		return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * Converts an incoming value to the field's Java type: String, Boolean, Integer, BigDecimal (at the field's
	 * scale), LocalDate, Instant, or an id String.
	 * @param object the object
	 * @param field the field
	 * @param value the value (JSON scalar or Java value)
	 * @return the converted value, null for null or empty text
	 * @throws ApiException with the org's error code if the value does not fit
	 */
	static @Nullable Object convert(ObjectDef object, FieldDef field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (field.type()) {
			case STRING, TEXTAREA, PHONE, URL, EMAIL, PICKLIST, MULTIPICKLIST -> text(object, field, value);
			case BOOLEAN -> bool(field, value);
			case INT, DOUBLE, CURRENCY, PERCENT -> number(field, value);
			case DATE -> date(field, value);
			case DATETIME -> dateTime(field, value);
			case ID, REFERENCE -> id(field, value);
		};
	}

	private static @Nullable String text(ObjectDef object, FieldDef field, Object value) {
		if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
			throw parseError(field, value);
		}
		String text = value.toString();
		if (text.isEmpty()) {
			return null;
		}
		if (field.type() == FieldType.PICKLIST && !field.picklistValues().isEmpty()) {
			for (String allowed : field.picklistValues()) {
				if (allowed.equals(text)) {
					return text;
				}
			}
			throw ApiException.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
					field.label() + ": bad value for restricted picklist field: " + text, field.name());
		}
		if (field.type() == FieldType.MULTIPICKLIST) {
			Set<String> values = new LinkedHashSet<>();
			for (String part : text.split(";")) {
				if (!field.picklistValues().isEmpty() && !field.picklistValues().contains(part.trim())) {
					throw ApiException.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
							field.label() + ": bad value for restricted picklist field: " + part, field.name());
				}
				values.add(part.trim());
			}
			text = String.join(";", values);
		}
		if (field.type() == FieldType.EMAIL && !EMAIL.matcher(text).matches()) {
			throw ApiException.badRequest("INVALID_EMAIL_ADDRESS", field.label() + ": invalid email address: " + text,
					field.name());
		}
		int max = (field.type() == FieldType.PICKLIST || field.type() == FieldType.MULTIPICKLIST) ? Math.max(255,
				field.length()) : field.length();
		if (max > 0 && text.length() > max) {
			throw ApiException.badRequest("STRING_TOO_LONG", field.label() + ": data value too large: "
					+ abbreviate(text) + " (max length=" + field.length() + ")", field.name());
		}
		return text;
	}

	private static Boolean bool(FieldDef field, Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
			return Boolean.valueOf(text);
		}
		throw parseError(field, value);
	}

	private static @Nullable Object number(FieldDef field, Object value) {
		BigDecimal number;
		try {
			if (value instanceof BigDecimal decimal) {
				number = decimal;
			}
			else if (value instanceof Double || value instanceof Float) {
				number = BigDecimal.valueOf(((Number) value).doubleValue());
			}
			else if (value instanceof Number n) {
				number = new BigDecimal(n.toString());
			}
			else if (value instanceof String text) {
				if (text.isEmpty()) {
					return null;
				}
				number = new BigDecimal(text.trim());
			}
			else {
				throw parseError(field, value);
			}
		}
		catch (NumberFormatException ex) {
			throw parseError(field, value);
		}
		BigDecimal scaled = number.setScale(field.scale(), RoundingMode.HALF_UP);
		int integerDigits = scaled.precision() - scaled.scale();
		if (integerDigits > field.precision() - field.scale() && scaled.signum() != 0) {
			throw ApiException.badRequest("NUMBER_OUTSIDE_VALID_RANGE",
					field.label() + ": value outside of valid range on numeric field: " + number.toPlainString(),
					field.name());
		}
		return (field.type() == FieldType.INT) ? Integer.valueOf(scaled.intValueExact()) : scaled;
	}

	private static @Nullable LocalDate date(FieldDef field, Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof String text) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			}
			catch (DateTimeParseException ex) {
				throw parseError(field, value);
			}
		}
		throw parseError(field, value);
	}

	private static @Nullable Instant dateTime(FieldDef field, Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant();
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof String text) {
			if (text.isEmpty()) {
				return null;
			}
			return parseDateTime(text).orElseThrow(() -> parseError(field, value));
		}
		throw parseError(field, value);
	}

	/**
	 * Parses a date-time in any of the API's accepted forms (offset optional, UTC if missing).
	 * @param text the text
	 * @return the instant, or empty if the text is not a date-time
	 */
	public static java.util.Optional<Instant> parseDateTime(String text) {
		try {
			var parsed = LENIENT_DATE_TIME.parseBest(text, OffsetDateTime::from, java.time.LocalDateTime::from);
			if (parsed instanceof OffsetDateTime dateTime) {
				return java.util.Optional.of(dateTime.toInstant());
			}
			return java.util.Optional.of(((java.time.LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	private static @Nullable String id(FieldDef field, Object value) {
		if (!(value instanceof String text)) {
			throw parseError(field, value);
		}
		if (text.isEmpty()) {
			return null;
		}
		if (!SalesforceIds.isIdShaped(text)) {
			throw ApiException.badRequest("MALFORMED_ID", field.label() + ": id value of incorrect type: " + text,
					field.name());
		}
		return text;
	}

	private static ApiException parseError(FieldDef field, Object value) {
		String kind = switch (field.type()) {
			case BOOLEAN -> "boolean";
			case INT -> "int";
			case DOUBLE, CURRENCY, PERCENT -> "double";
			case DATE -> "date";
			case DATETIME -> "datetime";
			default -> "string";
		};
		return ApiException.badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of " + kind
				+ " from value " + abbreviate(String.valueOf(value)) + " or request may be missing a required field",
				field.name());
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 37) + "..." : text;
	}

}
