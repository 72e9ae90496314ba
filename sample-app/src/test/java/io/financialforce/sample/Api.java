package io.financialforce.sample;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Calls the running application over HTTP and reads every answer, errors included, as JSON.
 */
final class Api {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RestClient client;

	Api(int port) {
		this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	Response get(String path) {
		return call(HttpMethod.GET, path, null);
	}

	Response post(String path, String body) {
		return call(HttpMethod.POST, path, body);
	}

	Response patch(String path, String body) {
		return call(HttpMethod.PATCH, path, body);
	}

	Response delete(String path) {
		return call(HttpMethod.DELETE, path, null);
	}

	private Response call(HttpMethod method, String path, @Nullable String body) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, response) -> {
			String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean isJson = text.startsWith("{") || text.startsWith("[");
			JsonNode node = isJson ? json.readTree(text) : json.missingNode();
			return new Response(response.getStatusCode().value(), response.getHeaders(), node, text);
		});
	}

	record Response(int status, HttpHeaders headers, JsonNode json, String text) {

		String contentType() {
			MediaType type = this.headers.getContentType();
			return (type != null) ? type.toString() : "";
		}

		String problemType() {
			return this.json.path("type").asString("");
		}

	}

}
