package io.financialforce.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.financialforce.emulator.DemoCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs in with the OAuth password grant using nothing but the JDK and Jackson, for the raw baseline and for reading
 * the org's usage counter.
 */
final class RawSession {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RawSession() {
	}

	/**
	 * @return the instance URL and the access token
	 */
	static String[] login(HttpClient http, String loginUrl, DemoCredentials credentials) {
		String form = "grant_type=password&client_id=" + encode(credentials.clientId()) + "&client_secret="
				+ encode(credentials.clientSecret()) + "&username=" + encode(credentials.username()) + "&password="
				+ encode(credentials.password() + credentials.securityToken());
		HttpRequest request = HttpRequest.newBuilder(URI.create(loginUrl + "/services/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode token = MAPPER.readTree(response.body());
			return new String[] { token.path("instance_url").asString(), token.path("access_token").asString() };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
