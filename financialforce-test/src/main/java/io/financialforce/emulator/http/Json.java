package io.financialforce.emulator.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.financialforce.emulator.org.ApiError;
import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.Values;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
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
	 * Writes a tree.
	 * @param node the tree
	 * @return UTF-8 bytes
	 */
	public static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/**
	 * The JSON form of a store value: numbers as the API's doubles (at least one decimal), dates ISO, date-times in
	 * the API's form.
	 * @param value a store value
	 * @return the node
	 */
	public static JsonNode value(@Nullable Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof String text) {
			return NODES.stringNode(text);
		}
		if (value instanceof Boolean bool) {
			return NODES.booleanNode(bool);
		}
		if (value instanceof Integer number) {
			return NODES.numberNode(number);
		}
		if (value instanceof BigDecimal decimal) {
			BigDecimal stripped = decimal.stripTrailingZeros();
			return NODES.numberNode((stripped.scale() < 1) ? stripped.setScale(1) : stripped);
		}
		if (value instanceof LocalDate date) {
			return NODES.stringNode(date.toString());
		}
		if (value instanceof Instant instant) {
			return NODES.stringNode(Values.formatDateTime(instant));
		}
		return NODES.stringNode(value.toString());
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
