package io.financialforce.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.FinancialForceLockException;
import io.financialforce.FinancialForceRequestLimitException;
import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.UncategorizedFinancialForceException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of failures: every error shape, retries of what is safe to repeat, timeouts, resets, bad bodies.
 */
class FinancialForceClientFailureTests {

	static final String ID = "001xx000003DGb2AAG";

	static final String LIMITS = "{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14998}}";

	@StartStop
	final MockWebServer server = new MockWebServer();

	static MockResponse html(int status) {
		return new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "text/html")
			.body("<html><body><h1>Service Unavailable</h1><p>Maintenance</p></body></html>")
			.build();
	}

	static MockResponse reset() {
		return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
	}

	@Test
	void retriesReadsOnGatewayErrors() {
		this.server.enqueue(html(503));
		this.server.enqueue(status(502));
		this.server.enqueue(json(LIMITS));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThat(client.limits()).containsKey("DailyApiRequests");
		assertThat(client.requestCount(RequestKind.LIMITS)).isEqualTo(3);
	}

	@Test
	void givesUpAfterMaxAttemptsWithoutQuotingHtml() {
		this.server.enqueue(html(503));
		this.server.enqueue(html(503));
		this.server.enqueue(html(504));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(client::limits)
			.withMessageStartingWith("GET /services/data/v65.0/limits failed with HTTP 504 and a body of")
			.withMessageNotContaining("<html>")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(504));
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void neverRetriesCreates() {
		this.server.enqueue(html(503));
		this.server.enqueue(reset());
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "A")));
		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "A")))
			.withMessageContaining("failed on I/O")
			.withMessageContaining("check whether it took effect");
		assertThat(client.requestCount(RequestKind.CREATE)).isEqualTo(2);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void retriesUpsertsAndUpdatesOnLockedRows() {
		String locked = "[{\"errorCode\":\"UNABLE_TO_LOCK_ROW\",\"message\":\"unable to obtain exclusive access to"
				+ " this record\"}]";
		this.server.enqueue(json(400, locked));
		this.server.enqueue(json(201, "{\"id\":\"" + ID + "\",\"success\":true,\"errors\":[],\"created\":true}"));
		this.server.enqueue(json(400, locked));
		this.server.enqueue(status(204));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThat(client.upsert("Account", "Ext__c", "1", Map.of()).created()).isTrue();
		client.update("Account", ID, Map.of("Name", "B"));

		assertThat(this.server.getRequestCount()).isEqualTo(4);
	}

	@Test
	void lockedRowsOnCreateAreTransientLockFailures() {
		this.server.enqueue(json(400, "[{\"errorCode\":\"UNABLE_TO_LOCK_ROW\",\"message\":\"unable to obtain\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceLockException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "A")))
			.withMessageContaining("retry later");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void retriesReadsAfterConnectionReset() {
		// the JDK client repeats a GET once by itself on a closed connection: two resets make one failed attempt
		this.server.enqueue(reset());
		this.server.enqueue(reset());
		this.server.enqueue(json(LIMITS));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThat(client.limits()).containsKey("DailyApiRequests");
		assertThat(client.requestCount(RequestKind.LIMITS)).isEqualTo(2);
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void timesOutReads() {
		this.server.enqueue(new MockResponse.Builder().code(200).body(LIMITS).headersDelay(3, TimeUnit.SECONDS).build());
		FinancialForceClient client = MockApi.client(this.server)
			.readTimeout(Duration.ofMillis(200))
			.retryPolicy(RetryPolicy.none())
			.build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(client::limits)
			.withMessageContaining("timed out")
			.satisfies((ex) -> assertThat(ex.statusCode()).isZero());
	}

	@Test
	void timesOutStalledBodies() {
		this.server.enqueue(new MockResponse.Builder().code(200).body(LIMITS).bodyDelay(3, TimeUnit.SECONDS).build());
		FinancialForceClient client = MockApi.client(this.server)
			.readTimeout(Duration.ofMillis(300))
			.retryPolicy(RetryPolicy.none())
			.build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(client::limits);
	}

	@Test
	void truncatedAndMalformedBodiesAreResourceFailures() {
		this.server.enqueue(json("{\"totalSize\":2,\"done\":true,\"records\":[{\"Name\":\"A\"},{\"Na"));
		this.server.enqueue(json("{\"totalSize\":2,\"done\":true,\"records\":[{\"Name\":\"A\"},{\"Na"));
		this.server.enqueue(json("not json at all"));
		FinancialForceClient client = MockApi.client(this.server).retryPolicy(RetryPolicy.none()).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.query("SELECT Name FROM Account"))
			.withMessageContaining("malformed or truncated");
		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.query("SELECT Name FROM Account"))
			.withMessageContaining("malformed or truncated");
		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(client::limits)
			.withMessageContaining("malformed or truncated");
	}

	@Test
	void malformedAnswerToACreateIsNotRepeated() {
		this.server.enqueue(json(201, "{\"id\":\"001xx000003DGb2AAG\",\"succ"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "A")))
			.withMessageContaining("answered HTTP 201 with a malformed or truncated body")
			.withMessageContaining("check whether it took effect");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void bodyCutMidStreamIsRetriedForReads() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14998}}")
			.onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
			.build());
		this.server.enqueue(json(LIMITS));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThat(client.limits()).containsKey("DailyApiRequests");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void requestLimitIsTransientAndNotRetried() {
		this.server.enqueue(json(403, "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"TotalRequests Limit"
				+ " exceeded.\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceRequestLimitException.class).isThrownBy(client::limits)
			.withMessageContaining("allocation is used up");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void unknownErrorCodeIsUncategorized() {
		this.server.enqueue(json(409, "[{\"errorCode\":\"SOMETHING_NEW\",\"message\":\"new failure\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(UncategorizedFinancialForceException.class).isThrownBy(client::limits)
			.withMessageContaining("SOMETHING_NEW: new failure")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(409));
	}

	@Test
	void expiredDirectTokenFailsAfterOneRenewalAttempt() {
		this.server.enqueue(json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(client::limits)
			.withMessageContaining("cannot obtain a new one");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

}
