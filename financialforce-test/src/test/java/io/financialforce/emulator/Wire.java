package io.financialforce.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls against an emulator, with the JDK client (the emulator must not need our own client).
 */
final class Wire {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String V = "/services/data/v60.0";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final FinancialForceEmulator emulator;

	private String token = "";

	Wire(FinancialForceEmulator emulator) {
		this.emulator = emulator;
	}

	/** Logs in with the password grant and keeps the access token. */
	Wire login() {
		Response response = form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
				"demo-client-id", "client_secret", "demo-client-secret", "username",
				"admin@demo.financialforce.example", "password", "demo-passwordDEMOTOKEN"));
		if (response.status() != 200) {
			throw new IllegalStateException("login failed: " + response.text());
		}
		this.token = response.json().path("access_token").asString();
		return this;
	}

	String token() {
		return this.token;
	}

	void token(String token) {
		this.token = token;
	}

	Response get(String path) {
		return send(request(path).GET(), null);
	}

	Response get(String path, String header, String value) {
		return send(request(path).header(header, value).GET(), null);
	}

	Response delete(String path) {
		return send(request(path).DELETE(), null);
	}

	Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), null);
	}

	Response patch(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)), null);
	}

	Response query(String soql) {
		return get(V + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
	}

	Response form(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.emulator.loginUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())), null);
	}

	Response soap(String version, String xml) {
		return send(HttpRequest.newBuilder(URI.create(this.emulator.loginUrl() + "/services/Soap/u/" + version))
			.header("Content-Type", "text/xml; charset=UTF-8")
			.header("SOAPAction", "login")
			.POST(HttpRequest.BodyPublishers.ofString(xml)), null);
	}

	HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.emulator.instanceUrl() + path));
		if (!this.token.isEmpty()) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	Response send(HttpRequest.Builder request, Object ignored) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			return new Response(response.statusCode(), headers, response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpClient client() {
		return this.http;
	}

	record Response(int status, Map<String, String> headers, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

		String errorCode() {
			return json().path(0).path("errorCode").asString();
		}

		String message() {
			return json().path(0).path("message").asString();
		}

	}

}
