package io.financialforce.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request to a login endpoint.
 *
 * @param method HTTP method
 * @param path the path
 * @param query decoded query parameters
 * @param headers headers, lower-case names
 * @param body the raw body
 * @param baseUrl the emulator's base URL, e.g. {@code http://127.0.0.1:8484}
 */
public record AuthRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
		byte[] body, String baseUrl) {

	/**
	 * A header value.
	 * @param name any case
	 * @return the value or null
	 */
	public @Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The body as UTF-8 text.
	 * @return the text
	 */
	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "AuthRequest[" + this.method + " " + this.path + "]";
	}

}
