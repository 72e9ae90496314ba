package io.financialforce.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Helpers for wire tests of authenticators against a {@link MockWebServer} playing the login host.
 */
final class TokenEndpoint {

	static final String ACCESS_TOKEN = "00D5g000004FAKE!ARcAQaccess.token.value";

	static final String REFRESH_TOKEN = "5Aep861refresh.token.value";

	static final String CLIENT_ID = "3MVG9client.id";

	static final String CLIENT_SECRET = "F1A2K3E4S5E6C7R8E9T";

	private TokenEndpoint() {
	}

	static URI url(MockWebServer server) {
		return URI.create("http://" + server.getHostName() + ":" + server.getPort());
	}

	static MockResponse token(String accessToken, @org.jspecify.annotations.Nullable String refreshToken) {
		return json(200, "{\"access_token\":\"" + accessToken + "\",\"instance_url\":\"https://acme.my.salesforce.com\","
				+ "\"id\":\"https://login.salesforce.com/id/00D5g000004FAKE/0055g00000ABCDE\",\"token_type\":\"Bearer\","
				+ "\"issued_at\":\"1764064800000\",\"signature\":\"c2lnbmF0dXJl\""
				+ ((refreshToken != null) ? ",\"refresh_token\":\"" + refreshToken + "\"" : "") + "}");
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	static RecordedRequest take(MockWebServer server) throws InterruptedException {
		RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("No request arrived");
		}
		return request;
	}

	static Map<String, String> form(RecordedRequest request) {
		Map<String, String> form = new LinkedHashMap<>();
		String body = (request.getBody() != null) ? request.getBody().utf8() : "";
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return form;
	}

}
