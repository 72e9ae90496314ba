package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import io.financialforce.core.mapping.Address;
import io.financialforce.core.mapping.GeoLocation;
import io.financialforce.core.mapping.Money;
import io.financialforce.core.mapping.PicklistEnum;

import org.springframework.core.CollectionFactory;
import org.springframework.util.ClassUtils;

/**
 * Reads one JSON value of a record, at the parser's current token, into a property's Java type. Problems are thrown
 * as {@link IllegalArgumentException}s that {@link RecordReader} puts in context.
 */
final class ValueReader {

	private static final Logger logger = LoggerFactory.getLogger(ValueReader.class);

	private static final int MAX_WARNED = 1000;

	private static final Set<String> warned = ConcurrentHashMap.newKeySet();

	private ValueReader() {
	}

	/**
	 * Reads the value at the current token. Multi-select picklists ({@code "a;b"}) read into collections; a
	 * {@link Money} property reads its amount only.
	 */
	static @Nullable Object read(JsonParser parser, Class<?> type, Class<?> elementType) {
		return read(parser, type, valueTypeOf(type), elementType);
	}

	/**
	 * Reads the value at the current token, as {@link #read(JsonParser, Class, Class)} with the type's
	 * {@link #valueTypeOf(Class) value type} worked out ahead.
	 */
	static @Nullable Object read(JsonParser parser, Class<?> type, Class<?> valueType, Class<?> elementType) {
		if (valueType == Collection.class) {
			return readMultiPicklist(parser, type, elementType);
		}
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		return readScalar(parser, valueType);
	}

	/**
	 * The type a value of a property type is read as: {@code Collection} for collections, the boxed type for a
	 * primitive, the type itself otherwise.
	 * @param type the property type
	 * @return the value type
	 */
	static Class<?> valueTypeOf(Class<?> type) {
		return Collection.class.isAssignableFrom(type) ? Collection.class : ClassUtils.resolvePrimitiveIfNecessary(type);
	}

	private static Object readScalar(JsonParser parser, Class<?> type) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			if (type == Address.class) {
				return readAddress(parser);
			}
			if (type == GeoLocation.class) {
				return readLocation(parser);
			}
			throw new IllegalArgumentException("got an object where a " + type.getSimpleName() + " was expected");
		}
		if (token == JsonToken.START_ARRAY) {
			throw new IllegalArgumentException("got an array where a " + type.getSimpleName() + " was expected");
		}
		if (type == String.class) {
			return parser.getText();
		}
		if (type == BigDecimal.class || type == Money.class) {
			return decimal(parser);
		}
		if (type == Boolean.class) {
			return bool(parser);
		}
		if (type == Integer.class) {
			return integral(parser).intValueExact();
		}
		if (type == Long.class) {
			return integral(parser).longValueExact();
		}
		if (type == BigInteger.class) {
			return integral(parser).toBigIntegerExact();
		}
		if (type == Double.class) {
			return decimal(parser).doubleValue();
		}
		if (type == LocalDate.class) {
			LocalDate date = (token == JsonToken.VALUE_STRING) ? SalesforceTime.parseDate(parser.getTextCharacters(),
					parser.getTextOffset(), parser.getTextLength()) : null;
			return (date != null) ? date : SalesforceTime.parseDate(text(parser, "date (yyyy-MM-dd)"));
		}
		if (type == Instant.class) {
			Instant instant = (token == JsonToken.VALUE_STRING) ? SalesforceTime.parseUtcInstant(
					parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()) : null;
			return (instant != null) ? instant : SalesforceTime.parseDateTime(text(parser, "date-time")).toInstant();
		}
		if (type == OffsetDateTime.class) {
			Instant instant = (token == JsonToken.VALUE_STRING) ? SalesforceTime.parseUtcInstant(
					parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()) : null;
			return (instant != null) ? instant.atOffset(ZoneOffset.UTC)
					: SalesforceTime.parseDateTime(text(parser, "date-time"));
		}
		if (type == LocalTime.class) {
			return SalesforceTime.parseTime(text(parser, "time (HH:mm:ss.SSSZ)"));
		}
		if (type.isEnum()) {
			return enumConstant(type, text(parser, "picklist value"));
		}
		throw new IllegalArgumentException("values of type " + type.getName() + " cannot be read; map the field to"
				+ " String, Boolean, Integer, Long, Double, BigDecimal, Money, LocalDate, Instant, OffsetDateTime,"
				+ " LocalTime, an enum, a Set, Address or GeoLocation");
	}

	private static Collection<Object> readMultiPicklist(JsonParser parser, Class<?> type, Class<?> elementType) {
		if (elementType != String.class && !elementType.isEnum()) {
			throw new IllegalArgumentException("a multi-select picklist reads into a collection of String or of an"
					+ " enum, not of " + elementType.getSimpleName());
		}
		Collection<Object> values = CollectionFactory.createCollection(type, elementType, 4);
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return values;
		}
		for (String value : text(parser, "multi-select picklist value (a;b)").split(";")) {
			if (value.isEmpty()) {
				continue;
			}
			Object element = elementType.isEnum() ? enumConstant(elementType, value) : value;
			if (element != null) {
				values.add(element);
			}
		}
		return values;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Object enumConstant(Class<?> type, String value) {
		PicklistEnum<?> picklist = PicklistEnum.of((Class) type);
		Object constant = picklist.constantOf(value);
		if (constant != null) {
			return constant;
		}
		if (warned.size() < MAX_WARNED && warned.add(type.getName() + '\u0000' + value)) {
			logger.warn("Picklist value '{}' has no constant in {}; read as {}. Add a constant for it"
					+ " (@PicklistValue(\"{}\") when the value is no Java name).", value, type.getName(),
					(picklist.unknownConstant() != null) ? picklist.unknownConstant().name() : "null", value);
		}
		return picklist.unknownConstant();
	}

	private static Address readAddress(JsonParser parser) {
		String street = null;
		String city = null;
		String state = null;
		String stateCode = null;
		String postalCode = null;
		String country = null;
		String countryCode = null;
		Double latitude = null;
		Double longitude = null;
		String accuracy = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			boolean isNull = token == JsonToken.VALUE_NULL;
			switch (name) {
				case "street" -> street = isNull ? null : parser.getText();
				case "city" -> city = isNull ? null : parser.getText();
				case "state" -> state = isNull ? null : parser.getText();
				case "stateCode" -> stateCode = isNull ? null : parser.getText();
				case "postalCode" -> postalCode = isNull ? null : parser.getText();
				case "country" -> country = isNull ? null : parser.getText();
				case "countryCode" -> countryCode = isNull ? null : parser.getText();
				case "latitude" -> latitude = isNull ? null : decimal(parser).doubleValue();
				case "longitude" -> longitude = isNull ? null : decimal(parser).doubleValue();
				case "geocodeAccuracy" -> accuracy = isNull ? null : parser.getText();
				default -> parser.skipChildren();
			}
		}
		return new Address(street, city, state, stateCode, postalCode, country, countryCode, latitude, longitude,
				accuracy);
	}

	private static @Nullable GeoLocation readLocation(JsonParser parser) {
		Double latitude = null;
		Double longitude = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (name) {
				case "latitude" -> latitude = decimal(parser).doubleValue();
				case "longitude" -> longitude = decimal(parser).doubleValue();
				default -> parser.skipChildren();
			}
		}
		return (latitude != null && longitude != null) ? new GeoLocation(latitude, longitude) : null;
	}

	private static BigDecimal decimal(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return parser.getDecimalValue();
		}
		String text = text(parser, "number");
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a number");
		}
	}

	private static BigDecimal integral(JsonParser parser) {
		BigDecimal value = decimal(parser);
		if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException(value.toPlainString() + " is not a whole number");
		}
		return value;
	}

	private static Boolean bool(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		String text = text(parser, "boolean");
		if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
			return Boolean.parseBoolean(text);
		}
		throw new IllegalArgumentException("'" + text + "' is not a boolean");
	}

	private static String text(JsonParser parser, String expected) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			throw new IllegalArgumentException("got " + parser.getText() + " where a " + expected + " was expected");
		}
		return parser.getString();
	}

}
