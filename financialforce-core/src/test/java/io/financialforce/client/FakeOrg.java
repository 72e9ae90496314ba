package io.financialforce.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A dispatcher that plays a small org: an OAuth token endpoint (client credentials, password, refresh token with
 * optional rotation) and a {@code /limits} resource that accepts only the latest access token.
 */
class FakeOrg extends Dispatcher {

	static final String CLIENT_ID = "3MVG9fake.client.id";

	static final String CLIENT_SECRET = "F1A2K3E4C5L6I7E8N9T0S1E2C3R4E5T6";

	private final MockWebServer server;

	private final boolean rotate;

	final AtomicInteger tokenRequests = new AtomicInteger();

	final AtomicInteger rejectedRefreshes = new AtomicInteger();

	/** Delays token answers, widening the window in which two clients could refresh at once. */
	volatile long tokenDelayMillis;

	private volatile String validAccessToken = "none";

	private volatile String refreshToken;

	FakeOrg(MockWebServer server, String refreshToken, boolean rotate) {
		this.server = server;
		this.refreshToken = refreshToken;
		this.rotate = rotate;
	}

	String refreshToken() {
		return this.refreshToken;
	}

	void expireSessions() {
		this.validAccessToken = "expired";
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
		String path = request.getUrl().encodedPath();
		if (path.equals("/services/oauth2/token")) {
			MockResponse token = token(form(request));
			return (this.tokenDelayMillis == 0) ? token
					: token.newBuilder().headersDelay(this.tokenDelayMillis, TimeUnit.MILLISECONDS).build();
		}
		if (!("Bearer " + this.validAccessToken).equals(request.getHeaders().get("Authorization"))) {
			return MockApi.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
		}
		return MockApi.json("{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14000}}");
	}

	private synchronized MockResponse token(Map<String, String> form) {
		int n = this.tokenRequests.incrementAndGet();
		String grant = form.get("grant_type");
		String newRefresh = null;
		if ("refresh_token".equals(grant)) {
			if (!this.refreshToken.equals(form.get("refresh_token"))) {
				this.rejectedRefreshes.incrementAndGet();
				return MockApi.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh"
						+ " token\"}");
			}
			if (this.rotate) {
				newRefresh = "5Aep861rotated.refresh." + n;
				this.refreshToken = newRefresh;
			}
		}
		else if (form.containsKey("client_id") && !CLIENT_ID.equals(form.get("client_id"))) {
			return MockApi.json(400, "{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier"
					+ " invalid\"}");
		}
		if ("authorization_code".equals(grant)) {
			newRefresh = "5Aep861consent.refresh." + n;
			this.refreshToken = newRefresh;
		}
		this.validAccessToken = "00Dfake!access." + n;
		String instance = "http://" + this.server.getHostName() + ":" + this.server.getPort();
		return MockApi.json("{\"access_token\":\"" + this.validAccessToken + "\",\"instance_url\":\"" + instance
				+ "\",\"id\":\"https://login.salesforce.com/id/00D/005\",\"token_type\":\"Bearer\",\"issued_at\":\""
				+ (1764000000000L + n) + "\",\"signature\":\"c2ln\""
				+ ((newRefresh != null) ? ",\"refresh_token\":\"" + newRefresh + "\"" : "") + "}");
	}

	static Map<String, String> form(RecordedRequest request) {
		Map<String, String> form = new HashMap<>();
		for (String pair : MockApi.body(request).split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

}
