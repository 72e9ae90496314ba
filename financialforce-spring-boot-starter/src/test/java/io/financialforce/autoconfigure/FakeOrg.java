package io.financialforce.autoconfigure;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A scripted Salesforce org on a {@link MockWebServer}: the OAuth token endpoint, versions, limits, a three-record
 * Account query, creates and describe, counting the requests per path.
 */
public final class FakeOrg extends Dispatcher {

	private final MockWebServer server;

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private volatile boolean rejectLogin;

	private volatile long dailyUsed = 25;

	private volatile String failing = "";

	private volatile boolean sessionExpired;

	public FakeOrg(MockWebServer server) {
		this.server = server;
		server.setDispatcher(this);
	}

	public URI url() {
		return URI.create(this.server.url("/").toString().replaceAll("/$", ""));
	}

	public void rejectLogin() {
		this.rejectLogin = true;
	}

	public void failWith503(String path) {
		this.failing = path;
	}

	/** Rejects the next data request with HTTP 401 {@code INVALID_SESSION_ID}. */
	public void expireSession() {
		this.sessionExpired = true;
	}

	public void dailyUsed(long used) {
		this.dailyUsed = used;
	}

	public int requests(String path) {
		AtomicInteger count = this.requests.get(path);
		return (count != null) ? count.get() : 0;
	}

	public int totalRequests() {
		return this.requests.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		this.requests.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
		String usage = "api-usage=" + this.dailyUsed + "/5000";
		if (this.sessionExpired && path.startsWith("/services/data/")) {
			this.sessionExpired = false;
			return json(401, "[{\"errorCode\":\"INVALID_SESSION_ID\",\"message\":\"Session expired or invalid\"}]");
		}
		String soql = request.getUrl().queryParameter("q");
		if (soql != null && soql.contains("FROM Opportunity")) {
			return page(1);
		}
		if (path.startsWith("/services/data/v65.0/query/01gOPP-")) {
			return page(Integer.parseInt(path.substring(path.lastIndexOf('-') + 1)));
		}
		if (path.equals(this.failing)) {
			return json(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"try later\"}]");
		}
		return switch (path) {
			case "/services/oauth2/token" -> this.rejectLogin
					? json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}")
					: json(200, "{\"access_token\":\"00Dsecret-session\",\"instance_url\":\"" + url()
							+ "\",\"issued_at\":\"1764000000000\",\"token_type\":\"Bearer\"}");
			case "/services/data" -> json(200,
					"[{\"label\":\"Winter '26\",\"url\":\"/services/data/v65.0\",\"version\":\"65.0\"}]");
			case "/services/data/v65.0/limits" -> json(200, "{\"DailyApiRequests\":{\"Max\":5000,\"Remaining\":"
					+ (5000 - this.dailyUsed) + "},\"DataStorageMB\":{\"Max\":5,\"Remaining\":5}}");
			case "/services/data/v65.0/query" -> json(200, "{\"totalSize\":3,\"done\":true,\"records\":["
					+ "{\"attributes\":{\"type\":\"Account\",\"url\":\"/x\"},\"Name\":\"A [1]\"},"
					+ "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"B \\\"records\\\": [\"},"
					+ "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"C\",\"Contacts\":{\"records\":[{},{}]}}]}")
				.newBuilder()
				.addHeader("Sforce-Limit-Info", usage)
				.build();
			case "/services/data/v65.0/sobjects/Account/describe" -> json(200, "{\"name\":\"Account\",\"fields\":["
					+ "{\"name\":\"Id\",\"type\":\"id\"},{\"name\":\"Name\",\"type\":\"string\","
					+ "\"createable\":true,\"updateable\":true}],\"childRelationships\":[]}");
			case "/services/data/v65.0/sobjects/Account" -> json(201,
					"{\"id\":\"001000000000001AAA\",\"success\":true,\"errors\":[]}");
			default -> json(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
		};
	}

	/** Page {@code n} of 3 of an Opportunity query, two records each. */
	private static MockResponse page(int n) {
		String next = (n < 3) ? ",\"nextRecordsUrl\":\"/services/data/v65.0/query/01gOPP-" + (n + 1) + "\"" : "";
		return json(200, "{\"totalSize\":6,\"done\":" + (n == 3) + next + ",\"records\":["
				+ "{\"attributes\":{\"type\":\"Opportunity\"},\"Name\":\"O" + n + "a\"},"
				+ "{\"attributes\":{\"type\":\"Opportunity\"},\"Name\":\"O" + n + "b\"}]}");
	}

	private static MockResponse json(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
	}

}
