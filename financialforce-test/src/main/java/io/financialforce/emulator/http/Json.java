package io.financialforce.emulator.http;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.financialforce.emulator.org.ApiError;
import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.Values;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON of the emulator: one mapper, the API's value forms and error bodies.
 */
public final class Json {

	/** The mapper: exact decimals in, plain decimals out. */
	public static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	/** The mapper for response bodies, which leaves the stream it writes to open. */
	private static final JsonMapper STREAMING = MAPPER.rebuild().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	/**
	 * Parses a request body.
	 * @param body the bytes
	 * @return the tree
	 * @throws ApiException JSON_PARSER_ERROR (400) for malformed JSON
	 */
	public static JsonNode parse(byte[] body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			if (node == null || node.isMissingNode()) {
				throw ApiException.badRequest("JSON_PARSER_ERROR", "The request body is empty or not JSON.");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("JSON_PARSER_ERROR",
					"Unexpected character or end of input in the JSON request body: " + ex.getOriginalMessage());
		}
	}

	/**
	 * Writes a tree to a stream, leaving it open.
	 * @param out the target
	 * @param node the tree
	 */
	static void write(OutputStream out, JsonNode node) {
		STREAMING.writeValue(out, node);
	}

	/**
	 * Writes a JSON value token by token to a stream, leaving it open.
	 * @param out the target
	 * @param writer writes the value
	 */
	static void write(OutputStream out, ApiResponse.JsonWriter writer) {
		try (JsonGenerator generator = STREAMING.createGenerator(out)) {
			writer.write(generator);
		}
	}

	/**
	 * The JSON form of a store value: numbers as the API's doubles (at least one decimal), dates ISO, date-times in
	 * the API's form.
	 * @param value a store value
	 * @return the node
	 */
	public static JsonNode value(@Nullable Object value) {
		Object scalar = scalar(value);
		if (scalar == null) {
			return NODES.nullNode();
		}
		if (scalar instanceof Boolean bool) {
			return NODES.booleanNode(bool);
		}
		if (scalar instanceof Integer number) {
			return NODES.numberNode(number);
		}
		if (scalar instanceof BigDecimal decimal) {
			return NODES.numberNode(decimal);
		}
		return NODES.stringNode((String) scalar);
	}

	/**
	 * A store value in the API's JSON form, the one place that knows these forms: {@code null}, text, {@code Boolean},
	 * {@code Integer}, or a {@code BigDecimal} in the API's form; dates ISO, date-times in the API's form, times with
	 * a {@code Z}, anything else as text.
	 * @param value a store value
	 * @return the value to write
	 */
	static @Nullable Object scalar(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
			return value;
		}
		if (value instanceof BigDecimal decimal) {
			return apiDecimal(decimal);
		}
		if (value instanceof LocalDate date) {
			return isoDate(date);
		}
		if (value instanceof Instant instant) {
			return Values.formatDateTime(instant);
		}
		if (value instanceof LocalTime time) {
			return time + "Z";
		}
		if (value instanceof Number number) {
			return apiDecimal(new BigDecimal(number.toString()));
		}
		return value.toString();
	}

	/**
	 * A decimal in the API's form: without trailing zeros, but with at least one decimal place.
	 * @param decimal a store value
	 * @return e.g. {@code 12.5} for {@code 12.50}, {@code 100.0} for {@code 100}
	 */
	static BigDecimal apiDecimal(BigDecimal decimal) {
		if (decimal.scale() == 1) {
			return decimal;
		}
		BigDecimal stripped = decimal.stripTrailingZeros();
		return (stripped.scale() < 1) ? stripped.setScale(1) : stripped;
	}

	/**
	 * A date in ISO form, {@code yyyy-MM-dd}, as {@link LocalDate#toString()} writes it, without its cost.
	 * @param date the date
	 * @return the text
	 */
	static String isoDate(LocalDate date) {
		int year = date.getYear();
		if (year < 1000 || year > 9999) {
			return date.toString();
		}
		char[] text = new char[10];
		for (int i = 3; i >= 0; i--) {
			text[i] = (char) ('0' + year % 10);
			year /= 10;
		}
		text[4] = '-';
		text[5] = (char) ('0' + date.getMonthValue() / 10);
		text[6] = (char) ('0' + date.getMonthValue() % 10);
		text[7] = '-';
		text[8] = (char) ('0' + date.getDayOfMonth() / 10);
		text[9] = (char) ('0' + date.getDayOfMonth() % 10);
		return new String(text);
	}

	/**
	 * A JSON scalar as a Java value for the store: text, BigDecimal, Boolean or null; objects as maps.
	 * @param node the node
	 * @return the value
	 */
	public static @Nullable Object toJava(JsonNode node) {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isObject()) {
			return fields(node);
		}
		return node.toString();
	}

	/**
	 * The properties of a JSON object as store values.
	 * @param node the object
	 * @return the values in order
	 */
	public static Map<String, @Nullable Object> fields(JsonNode node) {
		if (!node.isObject()) {
			throw ApiException.badRequest("JSON_PARSER_ERROR", "Expected a JSON object for the record, not " + node);
		}
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			values.put(entry.getKey(), toJava(entry.getValue()));
		}
		return values;
	}

	/**
	 * The API's error body: {@code [{"message","errorCode","fields"}]}.
	 * @param errors the errors
	 * @return the array
	 */
	public static ArrayNode errors(List<ApiError> errors) {
		ArrayNode array = array();
		for (ApiError error : errors) {
			ObjectNode node = array.addObject();
			node.put("message", error.message());
			node.put("errorCode", error.errorCode());
			if (!error.fields().isEmpty()) {
				ArrayNode fields = node.putArray("fields");
				error.fields().forEach(fields::add);
			}
		}
		return array;
	}

	/**
	 * The per-record errors of save results: {@code [{"statusCode","message","fields"}]}.
	 * @param errors the errors
	 * @return the array
	 */
	public static ArrayNode saveErrors(List<ApiError> errors) {
		ArrayNode array = array();
		for (ApiError error : errors) {
			ObjectNode node = array.addObject();
			node.put("statusCode", error.errorCode());
			node.put("message", error.message());
			ArrayNode fields = node.putArray("fields");
			error.fields().forEach(fields::add);
		}
		return array;
	}

}
