package io.financialforce.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.client.observation.ClientOperation;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of the client's observations: one per operation (each query page one), retries and session renewal
 * inside, the documented keys, errors, and no secret in any key value.
 */
class ClientObservationTests {

	private static final String NAME = DefaultFinancialForceObservationConvention.NAME;

	private static final String SOQL = "SELECT Name, (SELECT Id FROM Contacts) FROM Account WHERE Name != 'x FROM y'";

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private FinancialForceClientBuilder client() {
		return MockApi.client(this.server).observationRegistry(this.registry);
	}

	@Test
	void observesEachPageOfAQueryWithItsNumberAndRecords() throws Exception {
		this.server.enqueue(json(FinancialForceClientQueryTests.page(false, BASE + "/query/01g-2000", "A", "B")));
		this.server.enqueue(json(FinancialForceClientQueryTests.page(false, BASE + "/query/01g-4000", "C", "D")));
		this.server.enqueue(json(FinancialForceClientQueryTests.page(true, null, "E")));
		FinancialForceClient client = client().build();

		try (QueryCursor<ObjectNode> rows = client.query(SOQL)) {
			assertThat(rows.stream().count()).isEqualTo(5);
		}

		assertThat(take(this.server).getUrl().encodedPath()).isEqualTo(BASE + "/query");
		assertThat(take(this.server).getUrl().encodedPath()).isEqualTo(BASE + "/query/01g-2000");
		assertThat(take(this.server).getUrl().encodedPath()).isEqualTo(BASE + "/query/01g-4000");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(NAME, 4);
		assertThat(observed()).extracting(FinancialForceObservationContext::getOperation)
			.containsExactly(ClientOperation.QUERY, ClientOperation.TOKEN, ClientOperation.QUERY_MORE,
					ClientOperation.QUERY_MORE);
		List<FinancialForceObservationContext> observed = withoutToken();
		assertThat(keys(observed.get(0))).containsEntry("financialforce.operation", "query")
			.containsEntry("financialforce.sobject", "Account")
			.containsEntry("financialforce.api.version", "65.0")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("status", "200")
			.containsEntry("financialforce.error", "none")
			.containsEntry("financialforce.query.page", "1")
			.containsEntry("financialforce.records", "2")
			.containsEntry("financialforce.requests", "1")
			.doesNotContainKey("financialforce.soql");
		assertThat(keys(observed.get(1))).containsEntry("financialforce.operation", "queryMore")
			.containsEntry("financialforce.sobject", "Account")
			.containsEntry("financialforce.query.page", "2")
			.containsEntry("financialforce.records", "2");
		assertThat(keys(observed.get(2))).containsEntry("financialforce.query.page", "3")
			.containsEntry("financialforce.records", "1");
		assertThat(observed.get(0).getContextualName()).isEqualTo("financialforce query Account");
	}

	@Test
	void addsTheSoqlTextOnlyWhenAsked() throws Exception {
		this.server.enqueue(json(FinancialForceClientQueryTests.page(true, null, "A")));
		FinancialForceClient client = client()
			.observationConvention(new DefaultFinancialForceObservationConvention(true))
			.build();

		client.queryAll(SOQL, RecordReader.objectNode(), QueryOptions.DEFAULTS).close();

		assertThat(keys(withoutToken().get(0))).containsEntry("financialforce.operation", "queryAll")
			.containsEntry("financialforce.soql", SOQL);
	}

	@Test
	void observesPrefetchedPagesUnderTheParentOfTheirQuery() throws Exception {
		this.server.enqueue(json(FinancialForceClientQueryTests.page(false, BASE + "/query/01g-2000", "A")));
		this.server.enqueue(json(FinancialForceClientQueryTests.page(true, null, "B")));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			FinancialForceClient client = client().prefetchExecutor(executor).build();
			Observation parent = Observation.start("report", this.registry);
			try (Observation.Scope scope = parent.openScope();
					QueryCursor<ObjectNode> rows = client.query(SOQL, RecordReader.objectNode(),
							QueryOptions.batchSize(200).withPrefetch())) {
				assertThat(rows.stream().count()).isEqualTo(2);
			}
			parent.stop();
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(withoutToken()).hasSize(2)
			.allSatisfy((context) -> assertThat(context.getParentObservation().getContextView().getName())
				.isEqualTo("report"));
	}

	@Test
	void takesACustomConventionThatRenamesKeys() {
		this.server.enqueue(json("{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14000}}"));
		FinancialForceClient client = client().observationConvention(new DefaultFinancialForceObservationConvention() {

			@Override
			public String getName() {
				return "acme.salesforce.calls";
			}

			@Override
			protected KeyValue operation(FinancialForceObservationContext context) {
				return KeyValue.of("call", context.getOperation().value());
			}

		}).build();

		client.limits();

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("acme.salesforce.calls", 2)
			.hasAnObservationWithAKeyValue("call", "limits");
	}

	@Test
	void observesARequestRetriedAfterSessionExpiryOnceWithTheRenewalInside() {
		FakeOrg org = new FakeOrg(this.server, "unused", false);
		this.server.setDispatcher(org);
		FinancialForceClient client = MockApi
			.client(new ClientCredentialsAuthenticator(MockApi.instance(this.server), FakeOrg.CLIENT_ID,
					FakeOrg.CLIENT_SECRET.toCharArray()))
			.observationRegistry(this.registry)
			.build();
		client.limits();
		org.expireSessions();
		this.registry.clear();

		client.limits();

		List<FinancialForceObservationContext> observed = observed();
		assertThat(observed).extracting(FinancialForceObservationContext::getOperation)
			.containsExactly(ClientOperation.LIMITS, ClientOperation.TOKEN);
		assertThat(keys(observed.get(0))).containsEntry("outcome", "SUCCESS")
			.containsEntry("status", "200")
			.containsEntry("financialforce.requests", "2");
		assertThat(observed.get(1).getParentObservation()).isNotNull();
		assertThat(observed.get(1).getParentObservation().getContextView()).isSameAs(observed.get(0));
		assertThat(keys(observed.get(1))).containsEntry("financialforce.operation", "token")
			.containsEntry("outcome", "SUCCESS")
			.doesNotContainKey("financialforce.requests");
		assertThat(org.tokenRequests).hasValue(2);
	}

	@Test
	void countsTransientRetriesInsideOneObservation() {
		this.server.enqueue(MockApi.status(503));
		this.server.enqueue(json("{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14000}}"));
		FinancialForceClient client = client().build();

		client.limits();

		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(NAME, 2); // limits and the access token
		assertThat(keys(observed(ClientOperation.LIMITS))).containsEntry("financialforce.requests", "2")
			.containsEntry("status", "200")
			.containsEntry("outcome", "SUCCESS");
	}

	@Test
	void setsTheApiErrorCodeOfAFailure() {
		this.server.enqueue(json(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
				+ " exist\"}]"));
		FinancialForceClient client = client().build();

		assertThatExceptionOfType(FinancialForceNotFoundException.class)
			.isThrownBy(() -> client.describe("c2g__codaInvoice__c"));

		FinancialForceObservationContext describe = observed(ClientOperation.DESCRIBE);
		assertThat(describe.getError()).isInstanceOf(FinancialForceNotFoundException.class);
		assertThat(keys(describe)).containsEntry("financialforce.sobject", "c2g__codaInvoice__c")
			.containsEntry("outcome", "CLIENT_ERROR")
			.containsEntry("status", "404")
			.containsEntry("financialforce.error", "NOT_FOUND")
			.containsEntry("financialforce.requests", "1");
	}

	@Test
	void namesTheExceptionOfAFailureWithoutAnswer() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
			.build());
		FinancialForceClient client = client().build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "Acme")));

		assertThat(keys(observed(ClientOperation.CREATE))).containsEntry("outcome", "UNKNOWN")
			.containsEntry("status", "IO_ERROR")
			.containsEntry("financialforce.error", "FinancialForceResourceFailureException")
			.containsEntry("financialforce.requests", "1");
	}

	@Test
	void observesACollectionCallOfSeveralChunksOnce() {
		String ok = IntStream.range(0, 200)
			.mapToObj((i) -> "{\"id\":\"001000000000001AAA\",\"success\":true,\"errors\":[]}")
			.collect(Collectors.joining(",", "[", "]"));
		this.server.enqueue(json(ok));
		this.server.enqueue(json(ok));
		this.server.enqueue(json("[{\"id\":\"001000000000001AAA\",\"success\":true,\"errors\":[]}]"));
		FinancialForceClient client = client().build();
		List<Map<String, String>> records = new ArrayList<>();
		for (int i = 0; i < 401; i++) {
			records.add(Map.of("Name", "Acme " + i));
		}

		assertThat(client.createAll("Account", records, false)).hasSize(401);

		assertThat(this.server.getRequestCount()).isEqualTo(3);
		assertThat(keys(observed(ClientOperation.CREATE_ALL))).containsEntry("financialforce.sobject", "Account")
			.containsEntry("financialforce.records", "401")
			.containsEntry("financialforce.requests", "3");
	}

	@Test
	void observesADescribeOnlyWhenItIsFetched() {
		this.server.enqueue(json("{\"name\":\"Account\",\"label\":\"Account\",\"fields\":[]}"));
		FinancialForceClient client = client().build();

		client.describe("Account");
		client.describe("Account");

		assertThat(this.server.getRequestCount()).isOne();
		assertThat(observed()).extracting(FinancialForceObservationContext::getOperation)
			.containsExactly(ClientOperation.DESCRIBE, ClientOperation.TOKEN);
	}

	@Test
	void putsNoSecretInAnyKeyValue() throws Exception {
		FakeOrg org = new FakeOrg(this.server, "5Aep861fake.refresh", false);
		this.server.setDispatcher(org);
		FinancialForceClient client = MockApi
			.client(new ClientCredentialsAuthenticator(MockApi.instance(this.server), FakeOrg.CLIENT_ID,
					FakeOrg.CLIENT_SECRET.toCharArray()))
			.observationRegistry(this.registry)
			.observationConvention(new DefaultFinancialForceObservationConvention(true))
			.build();
		client.limits();
		org.expireSessions();
		client.limits();
		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(client::versions);
		RecordedRequest first = take(this.server);
		assertThat(FakeOrg.form(first)).containsEntry("client_secret", FakeOrg.CLIENT_SECRET);
		List<String> secrets = List.of(FakeOrg.CLIENT_SECRET, "00Dfake!access.1", "00Dfake!access.2", "access.");

		List<String> values = new ArrayList<>();
		contexts().forEach((context) -> {
			values.add(String.valueOf(context.getContextualName()));
			context.getAllKeyValues().forEach((keyValue) -> values.add(keyValue.getKey() + "=" + keyValue.getValue()));
		});

		assertThat(values).hasSizeGreaterThan(30);
		assertThat(values).allSatisfy((value) -> assertThat(secrets).noneMatch(value::contains));
	}

	private List<FinancialForceObservationContext> observed() {
		List<FinancialForceObservationContext> observed = new ArrayList<>();
		contexts().forEach((context) -> {
			if (context instanceof FinancialForceObservationContext observation) {
				observed.add(observation);
			}
		});
		return observed;
	}

	/** The contexts of the observations, in the order they started. */
	private List<Observation.Context> contexts() {
		List<Observation.Context> contexts = new ArrayList<>();
		assertThat(this.registry).hasHandledContextsThatSatisfy(contexts::addAll);
		return contexts;
	}

	private List<FinancialForceObservationContext> withoutToken() {
		return observed().stream().filter((context) -> context.getOperation() != ClientOperation.TOKEN).toList();
	}

	private FinancialForceObservationContext observed(ClientOperation operation) {
		List<FinancialForceObservationContext> matching = observed().stream()
			.filter((context) -> context.getOperation() == operation)
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	static Map<String, String> keys(Observation.Context context) {
		KeyValues all = context.getAllKeyValues();
		return all.stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

}
