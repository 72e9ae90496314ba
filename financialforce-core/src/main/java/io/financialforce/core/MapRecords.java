package io.financialforce.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a record as a {@code Map} of its fields (without {@code attributes}), for raw and aggregate queries whose
 * rows map to no entity. Parent objects stay nested maps, child subquery results maps with their {@code records}
 * list; decimals are {@code BigDecimal}, never {@code double}.
 */
final class MapRecords {

	private static final String ATTRIBUTES = "attributes";

	private MapRecords() {
	}

	/**
	 * Reads the object the parser is positioned at, up to and including its {@code END_OBJECT}.
	 */
	static Map<String, @Nullable Object> read(JsonParser parser) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			parser.nextToken();
			if (ATTRIBUTES.equals(name)) {
				parser.skipChildren();
			}
			else {
				record.put(name, value(parser));
			}
		}
		return record;
	}

	private static @Nullable Object value(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			return read(parser);
		}
		if (token == JsonToken.START_ARRAY) {
			List<@Nullable Object> values = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				values.add(value(parser));
			}
			return values;
		}
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return parser.getNumberValue();
		}
		if (token == JsonToken.VALUE_NUMBER_FLOAT) {
			return parser.getDecimalValue();
		}
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return parser.getBooleanValue();
		}
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		return parser.getString();
	}

}
