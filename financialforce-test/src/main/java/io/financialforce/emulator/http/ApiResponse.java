package io.financialforce.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.financialforce.emulator.org.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A response: status, content type, extra headers and a body that is written when the response is sent, so that a
 * large body (a query page) goes out as it is produced instead of being held whole in memory first.
 */
public final class ApiResponse {

	private static final String JSON = "application/json;charset=UTF-8";

	private static final byte[] NO_BYTES = new byte[0];

	private final int status;

	private final @Nullable String contentType;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final @Nullable JsonNode tree;

	private final @Nullable BodyWriter writer;

	private ApiResponse(int status, @Nullable String contentType, @Nullable JsonNode tree,
			@Nullable BodyWriter writer) {
		this.status = status;
		this.contentType = contentType;
		this.tree = tree;
		this.writer = writer;
	}

	/**
	 * A JSON response of a tree.
	 * @param status HTTP status
	 * @param json the body
	 * @return the response
	 */
	public static ApiResponse json(int status, JsonNode json) {
		return new ApiResponse(status, JSON, json, (out) -> Json.write(out, json));
	}

	/**
	 * A JSON response written token by token when it is sent.
	 * @param status HTTP status
	 * @param writer writes the one JSON value of the body
	 * @return the response
	 */
	public static ApiResponse streamedJson(int status, JsonWriter writer) {
		return new ApiResponse(status, JSON, null, (out) -> Json.write(out, writer));
	}

	/**
	 * A response without body.
	 * @param status HTTP status, e.g. 204
	 * @return the response
	 */
	public static ApiResponse empty(int status) {
		return new ApiResponse(status, null, null, null);
	}

	/**
	 * A text response.
	 * @param status HTTP status
	 * @param contentType content type
	 * @param text the body
	 * @return the response
	 */
	public static ApiResponse text(int status, String contentType, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return new ApiResponse(status, contentType, null, (bytes.length > 0) ? (out) -> out.write(bytes) : null);
	}

	/**
	 * A response whose body is written when it is sent.
	 * @param status HTTP status
	 * @param contentType content type
	 * @param writer writes the body
	 * @return the response
	 */
	public static ApiResponse streamed(int status, String contentType, BodyWriter writer) {
		return new ApiResponse(status, contentType, null, writer);
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

	public int status() {
		return this.status;
	}

	public @Nullable String contentType() {
		return this.contentType;
	}

	/**
	 * The extra headers, in the order they were added.
	 * @return the headers by name
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Whether the response has a body.
	 * @return {@code false} for an empty response
	 */
	public boolean hasBody() {
		return this.writer != null;
	}

	/**
	 * Writes the body, leaving the stream open.
	 * @param out the target
	 * @throws IOException if the target fails
	 */
	public void writeBody(OutputStream out) throws IOException {
		if (this.writer != null) {
			this.writer.writeTo(out);
		}
	}

	/**
	 * The body as a JSON tree, for a composite response that embeds it; a streamed body is written and read back.
	 * @return the tree, or {@code null} for a response without a JSON body
	 */
	public @Nullable JsonNode json() {
		if (this.tree != null || this.writer == null || !JSON.equals(this.contentType)) {
			return this.tree;
		}
		return Json.parse(bytes());
	}

	/**
	 * The body's bytes.
	 * @return the body, empty without one
	 */
	byte[] bytes() {
		if (this.writer == null) {
			return NO_BYTES;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.writer.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes a body.
	 */
	@FunctionalInterface
	public interface BodyWriter {

		/**
		 * Writes the body, leaving the stream open.
		 * @param out the target
		 * @throws IOException if the target fails
		 */
		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes a JSON body token by token.
	 */
	@FunctionalInterface
	public interface JsonWriter {

		/**
		 * Writes one JSON value.
		 * @param generator the target
		 */
		void write(JsonGenerator generator);

	}

}
