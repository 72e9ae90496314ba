package io.financialforce.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request to the data API, from HTTP or from a composite subrequest.
 *
 * @param method the method, {@code _HttpMethod} applied
 * @param version the API version, e.g. {@code 60.0}
 * @param segments the decoded path segments after {@code /services/data/vNN.N}
 * @param query the decoded query parameters
 * @param headers request headers, lower-case names
 * @param body the body, or null
 */
public record ApiRequest(String method, String version, List<String> segments, Map<String, String> query,
		Map<String, String> headers, @Nullable JsonNode body) {

	/**
	 * Decodes a raw query string.
	 * @param rawQuery the raw query or null
	 * @return parameters by name (last wins)
	 */
	public static Map<String, String> parseQuery(@Nullable String rawQuery) {
		Map<String, String> query = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return query;
	}

	/**
	 * A header value.
	 * @param name the header name, any case
	 * @return the value or null
	 */
	public @Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The base path of this API version.
	 * @return e.g. {@code /services/data/v60.0}
	 */
	public String base() {
		return "/services/data/v" + this.version;
	}

	/**
	 * The body, required.
	 * @return the body
	 * @throws io.financialforce.emulator.org.ApiException JSON_PARSER_ERROR if there is none
	 */
	public JsonNode requireBody() {
		if (this.body == null) {
			throw io.financialforce.emulator.org.ApiException.badRequest("JSON_PARSER_ERROR",
					"The request body is empty or not JSON.");
		}
		return this.body;
	}

}
