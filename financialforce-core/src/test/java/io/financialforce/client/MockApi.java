package io.financialforce.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.auth.Authenticator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Helpers for wire tests of the client against a {@link MockWebServer}.
 */
final class MockApi {

	static final String TOKEN = "00Dxx0000001gPL!AQ4AQFake.Token.Value";

	static final String BASE = "/services/data/v65.0";

	private MockApi() {
	}

	static URI instance(MockWebServer server) {
		return URI.create("http://" + server.getHostName() + ":" + server.getPort());
	}

	static Authenticator accessToken(MockWebServer server) {
		return new AccessTokenAuthenticator(TOKEN.toCharArray(), instance(server));
	}

	static FinancialForceClientBuilder client(MockWebServer server) {
		return client(accessToken(server));
	}

	static FinancialForceClientBuilder client(Authenticator authenticator) {
		return FinancialForceClient.builder(authenticator)
			.retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO))
			.readTimeout(Duration.ofSeconds(5));
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	static MockResponse json(String body) {
		return json(200, body);
	}

	static MockResponse status(int status) {
		return new MockResponse.Builder().code(status).build();
	}

	static RecordedRequest take(MockWebServer server) throws InterruptedException {
		RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("No request arrived");
		}
		return request;
	}

	static String body(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().utf8() : "";
	}

}
