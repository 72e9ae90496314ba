package io.financialforce.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.InvalidFinancialForceResourceUsageException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of query and queryAll: encoding, lazy paging, batch size, streaming record readers, prefetch.
 */
class FinancialForceClientQueryTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	static String page(boolean done, String next, String... names) {
		StringBuilder records = new StringBuilder();
		for (String name : names) {
			records.append((records.length() > 0) ? "," : "")
				.append("{\"attributes\":{\"type\":\"Account\",\"url\":\"/x\"},\"Name\":\"")
				.append(name)
				.append("\",\"Owner\":{\"attributes\":{\"type\":\"User\"},\"Alias\":\"ops\"}}");
		}
		return "{\"totalSize\":5,\"done\":" + done + ((next != null) ? ",\"nextRecordsUrl\":\"" + next + "\"" : "")
				+ ",\"records\":[" + records + "]}";
	}

	@Test
	void encodesSoqlAndLogsNothingButThePath() throws Exception {
		this.server.enqueue(json("{\"totalSize\":0,\"done\":true,\"records\":[]}"));
		FinancialForceClient client = MockApi.client(this.server).build();
		String soql = "SELECT Id FROM Contact WHERE Email = 'a+b@x.com' AND Name LIKE 'R&D %'";

		try (QueryCursor<ObjectNode> rows = client.query(soql)) {
			assertThat(rows.hasNext()).isFalse();
			assertThat(rows.totalSize()).isZero();
		}

		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getUrl().encodedPath()).isEqualTo(BASE + "/query");
		assertThat(request.getUrl().queryParameter("q")).isEqualTo(soql);
		assertThat(request.getTarget()).contains("a%2Bb%40x.com").contains("R%26D%20%25").doesNotContain("+");
		assertThat(request.getHeaders().get("Sforce-Query-Options")).isNull();
	}

	@Test
	void fetchesNextPageOnlyWhenIterationReachesIt() throws Exception {
		String next = BASE + "/query/01gXX0000000001-2";
		this.server.enqueue(json(page(false, next, "A", "B")));
		this.server.enqueue(json(page(true, null, "C")));
		FinancialForceClient client = MockApi.client(this.server).build();

		QueryCursor<ObjectNode> rows = client.query("SELECT Name, Owner.Alias FROM Account",
				RecordReader.objectNode(), QueryOptions.batchSize(200));

		assertThat(rows.totalSize()).isEqualTo(5);
		assertThat(rows.next().get("Name").asString()).isEqualTo("A");
		assertThat(rows.next().path("Owner").path("Alias").asString()).isEqualTo("ops");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertThat(rows.next().get("Name").asString()).isEqualTo("C");
		assertThat(rows.hasNext()).isFalse();
		assertThat(rows.pagesFetched()).isEqualTo(2);
		assertThat(client.requestCount(RequestKind.QUERY)).isEqualTo(1);
		assertThat(client.requestCount(RequestKind.QUERY_MORE)).isEqualTo(1);
		assertThat(take(this.server).getHeaders().get("Sforce-Query-Options")).isEqualTo("batchSize=200");
		RecordedRequest more = take(this.server);
		assertThat(more.getTarget()).isEqualTo(next);
		assertThat(more.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
	}

	@Test
	void closingStopsPaging() {
		this.server.enqueue(json(page(false, BASE + "/query/01g-1", "A")));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<String> names;
		try (var stream = client.query("SELECT Name FROM Account").stream()) {
			names = stream.limit(1).map((row) -> row.get("Name").asString()).toList();
		}

		assertThat(names).containsExactly("A");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void readsMetadataInAnyOrderWithAStreamingReader() {
		this.server.enqueue(json("{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\","
				+ "\"Contacts\":{\"totalSize\":1,\"done\":true,\"records\":[{\"LastName\":\"X\"}]}},"
				+ "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"B\",\"Contacts\":null}],"
				+ "\"unknown\":{\"a\":[1,2]},\"done\":true,\"totalSize\":2}"));
		FinancialForceClient client = MockApi.client(this.server).build();
		RecordReader<String> nameOnly = (parser) -> {
			String name = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String property = parser.currentName();
				parser.nextToken();
				if (property.equals("Name")) {
					name = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
			return name;
		};

		List<String> names = new ArrayList<>();
		client.query("SELECT Name, (SELECT LastName FROM Contacts) FROM Account", nameOnly, QueryOptions.DEFAULTS)
			.forEachRemaining(names::add);

		assertThat(names).containsExactly("A", "B");
	}

	@Test
	void queryAllUsesItsResourceAndBindsTypes() throws Exception {
		this.server.enqueue(json("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Account\"},"
				+ "\"Name\":\"Gone\",\"IsDeleted\":true}]}"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<Row> rows = new ArrayList<>();
		client.queryAll("SELECT Name, IsDeleted FROM Account", RecordReader.of(Row.class), QueryOptions.DEFAULTS)
			.forEachRemaining(rows::add);

		assertThat(rows).containsExactly(new Row("Gone", true));
		assertThat(take(this.server).getUrl().encodedPath()).isEqualTo(BASE + "/queryAll");
	}

	record Row(String Name, boolean IsDeleted) {
	}

	@Test
	void prefetchesTheNextPageOnTheExecutor() throws Exception {
		this.server.enqueue(json(page(false, BASE + "/query/01g-1", "A")));
		this.server.enqueue(json(page(false, BASE + "/query/01g-2", "B")));
		this.server.enqueue(json(page(true, null, "C")));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(executor).build();

			QueryCursor<ObjectNode> rows = client.query("SELECT Name FROM Account", RecordReader.objectNode(),
					QueryOptions.DEFAULTS.withPrefetch());
			take(this.server);
			take(this.server);

			assertThat(rows.pagesFetched()).isEqualTo(1);
			List<String> names = rows.stream().map((row) -> row.get("Name").asString()).toList();
			assertThat(names).containsExactly("A", "B", "C");
			assertThat(this.server.getRequestCount()).isEqualTo(3);
		}
		finally {
			executor.shutdownNow();
			executor.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void sendsQueriesTooLongForAUrlThroughComposite() throws Exception {
		this.server.enqueue(json("{\"compositeResponse\":[{\"body\":" + page(true, null, "A") + ",\"httpHeaders\":{},"
				+ "\"httpStatusCode\":200,\"referenceId\":\"query\"}]}"));
		this.server.enqueue(json("{\"compositeResponse\":[{\"body\":[{\"errorCode\":\"MALFORMED_QUERY\",\"message\":"
				+ "\"unexpected token\"}],\"httpHeaders\":{},\"httpStatusCode\":400,\"referenceId\":\"query\"}]}"));
		FinancialForceClient client = MockApi.client(this.server).build();
		String soql = "SELECT Id FROM Account WHERE Name IN (" + "'Acme Corporation', ".repeat(1000) + "'x')";

		List<String> names = client.query(soql, RecordReader.objectNode(), QueryOptions.batchSize(500))
			.stream()
			.map((row) -> row.get("Name").asString())
			.toList();

		assertThat(names).containsExactly("A");
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo(BASE + "/composite");
		ObjectNode body = (ObjectNode) tools.jackson.databind.json.JsonMapper.shared().readTree(MockApi.body(request));
		ObjectNode subrequest = (ObjectNode) body.get("compositeRequest").get(0);
		assertThat(subrequest.get("method").asString()).isEqualTo("GET");
		assertThat(subrequest.get("url").asString()).startsWith(BASE + "/query?q=SELECT%20Id");
		assertThat(subrequest.get("httpHeaders").get("Sforce-Query-Options").asString()).isEqualTo("batchSize=500");
		assertThat(client.requestCount(RequestKind.QUERY)).isEqualTo(1);
		assertThatExceptionOfType(InvalidFinancialForceResourceUsageException.class)
			.isThrownBy(() -> client.query(soql))
			.withMessageContaining("MALFORMED_QUERY: unexpected token")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400));
	}

	@Test
	void prefetchFailureSurfacesWhenThePageIsReached() throws Exception {
		this.server.enqueue(json(page(false, BASE + "/query/01g-1", "A")));
		this.server.enqueue(json(400, "[{\"errorCode\":\"INVALID_QUERY_LOCATOR\",\"message\":\"invalid query locator\"}]"));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(executor).build();
			QueryCursor<ObjectNode> rows = client.query("SELECT Name FROM Account", RecordReader.objectNode(),
					QueryOptions.DEFAULTS.withPrefetch());

			assertThat(rows.next().get("Name").asString()).isEqualTo("A");
			assertThatExceptionOfType(InvalidFinancialForceResourceUsageException.class).isThrownBy(rows::hasNext)
				.withMessageContaining("INVALID_QUERY_LOCATOR");
		}
		finally {
			executor.shutdownNow();
			executor.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void malformedQueryKeepsTheApiMessage() {
		this.server.enqueue(json(400, "[{\"message\":\"\\nSELECT Bacon__c FROM Account\\n       ^\\nERROR at Row:1:"
				+ "Column:8\\nNo such column 'Bacon__c' on entity 'Account'.\",\"errorCode\":\"INVALID_FIELD\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(InvalidFinancialForceResourceUsageException.class)
			.isThrownBy(() -> client.query("SELECT Bacon__c FROM Account"))
			.withMessageContaining("GET " + BASE + "/query failed with HTTP 400: INVALID_FIELD")
			.withMessageContaining("No such column 'Bacon__c'")
			.withMessageContaining("field-level security")
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.errorCode()).isEqualTo("INVALID_FIELD");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void pageWithoutTotalSizeOrNextUrlIsMalformed() {
		this.server.enqueue(json("{\"done\":true,\"records\":[]}"));
		this.server.enqueue(json("{\"totalSize\":3,\"done\":false,\"records\":[]}"));
		FinancialForceClient client = MockApi.client(this.server).retryPolicy(RetryPolicy.none()).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.query("SELECT Id FROM Account"))
			.withMessageContaining("malformed");
		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.query("SELECT Id FROM Account"))
			.withMessageContaining("malformed");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void readerThatOverreadsIsRejected() {
		this.server.enqueue(json(page(true, null, "A", "B")));
		FinancialForceClient client = MockApi.client(this.server).build();
		RecordReader<String> greedy = (JsonParser parser) -> {
			parser.skipChildren();
			parser.nextToken();
			return "x";
		};

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> client.query("SELECT Name FROM Account", greedy, QueryOptions.DEFAULTS))
			.withMessageContaining("END_OBJECT");
	}

}
