package io.financialforce.emulator.http;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A query page as the REST API writes it, straight to a generator: {@code totalSize}, {@code done},
 * {@code nextRecordsUrl} (when there is a next page), then {@code records} (clients rely on this order to start
 * fetching the next page before the records are read). Values take the forms of {@link Json#scalar}; record urls are
 * given the version of the request.
 */
final class QueryPageJson {

	private static final String DATA_PATH = "/services/data/v";

	private final String base;

	/** The property names of the page, encoded once. */
	private final Map<String, SerializedString> names = new HashMap<>();

	/**
	 * @param base the data API base of the request, e.g. {@code /services/data/v64.0}
	 */
	QueryPageJson(String base) {
		this.base = base;
	}

	void write(JsonGenerator generator, QueryApi.Page page) {
		generator.writeStartObject();
		generator.writeNumberProperty("totalSize", page.totalSize());
		generator.writeBooleanProperty("done", page.done());
		if (page.next() != null) {
			generator.writeStringProperty("nextRecordsUrl", this.base + "/query/" + page.next());
		}
		generator.writeName("records");
		generator.writeStartArray();
		for (Map<String, Object> record : page.records()) {
			writeValue(generator, record);
		}
		generator.writeEndArray();
		generator.writeEndObject();
	}

	private void writeValue(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String name = String.valueOf(entry.getKey());
				generator.writeName(this.names.computeIfAbsent(name, SerializedString::new));
				Object nested = entry.getValue();
				if (nested instanceof String url && "url".equals(name)) {
					generator.writeString(versioned(url));
				}
				else {
					writeValue(generator, nested);
				}
			}
			generator.writeEndObject();
		}
		else if (value instanceof Collection<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				writeValue(generator, element);
			}
			generator.writeEndArray();
		}
		else {
			writeScalar(generator, Json.scalar(value));
		}
	}

	private static void writeScalar(JsonGenerator generator, @Nullable Object scalar) {
		if (scalar == null) {
			generator.writeNull();
		}
		else if (scalar instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (scalar instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (scalar instanceof BigDecimal decimal) {
			generator.writeNumber(decimal);
		}
		else {
			generator.writeString((String) scalar);
		}
	}

	/**
	 * A record url at the version of the request: {@code /services/data/vNN.N} is replaced by the request's base.
	 */
	String versioned(String url) {
		if (url.startsWith(this.base) || !url.startsWith(DATA_PATH)) {
			return url;
		}
		int at = DATA_PATH.length();
		int digits = at;
		while (digits < url.length() && isDigit(url.charAt(digits))) {
			digits++;
		}
		if (digits == at || digits + 1 >= url.length() || url.charAt(digits) != '.'
				|| !isDigit(url.charAt(digits + 1))) {
			return url;
		}
		return this.base + url.substring(digits + 2);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
