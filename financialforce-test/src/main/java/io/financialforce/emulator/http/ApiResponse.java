package io.financialforce.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.financialforce.emulator.org.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A response: status, content type, body, extra headers. JSON responses keep their tree (composite embeds it).
 *
 * @param status HTTP status
 * @param contentType the content type, or null without body
 * @param body the body bytes
 * @param json the JSON tree of a JSON body
 * @param headers extra headers
 */
public record ApiResponse(int status, @Nullable String contentType, byte[] body, @Nullable JsonNode json,
		Map<String, String> headers) {

	private static final String JSON = "application/json;charset=UTF-8";

	/**
	 * A JSON response.
	 * @param status HTTP status
	 * @param json the body
	 * @return the response
	 */
	public static ApiResponse json(int status, JsonNode json) {
		return new ApiResponse(status, JSON, Json.bytes(json), json, new LinkedHashMap<>());
	}

	/**
	 * A response without body.
	 * @param status HTTP status, e.g. 204
	 * @return the response
	 */
	public static ApiResponse empty(int status) {
		return new ApiResponse(status, null, new byte[0], null, new LinkedHashMap<>());
	}

	/**
	 * A text response.
	 * @param status HTTP status
	 * @param contentType content type
	 * @param text the body
	 * @return the response
	 */
	public static ApiResponse text(int status, String contentType, String text) {
		return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), null,
				new LinkedHashMap<>());
	}

	/**
	 * The error body of an API failure.
	 * @param ex the failure
	 * @return the response
	 */
	public static ApiResponse error(ApiException ex) {
		return json(ex.status(), Json.errors(ex.errors()));
	}

	/**
	 * Adds a header.
	 * @param name the name
	 * @param value the value
	 * @return this response
	 */
	public ApiResponse withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

}
