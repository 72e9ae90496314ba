package io.financialforce.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.InvalidFinancialForceApiUsageException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.body;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of sObject Collections and composite calls.
 */
class FinancialForceClientCollectionsTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	static String ok(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "{\"id\":\"001xx00000000%02dAAA\",\"success\":true,\"errors\":[]}".formatted(i % 100))
			.collect(Collectors.joining(",", "[", "]"));
	}

	@Test
	void createsWithTypeAttributesAndKeepsEveryFailure() throws Exception {
		this.server.enqueue(json("[{\"id\":\"001xx000003DGb2AAG\",\"success\":true,\"errors\":[]},"
				+ "{\"id\":null,\"success\":false,\"errors\":[{\"statusCode\":\"REQUIRED_FIELD_MISSING\","
				+ "\"message\":\"Required fields are missing: [Name]\",\"fields\":[\"Name\"]}]}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<SaveResult> results = client.createAll("Account", List.of(Map.of("Name", "A"), Map.of("Phone", "1")),
				false);

		assertThat(results).containsExactly(new SaveResult("001xx000003DGb2AAG", true, List.of(), null),
				new SaveResult(null, false, List.of(new ApiError("REQUIRED_FIELD_MISSING",
						"Required fields are missing: [Name]", List.of("Name"))), null));
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo(BASE + "/composite/sobjects");
		assertThat(body(request)).isEqualTo("{\"allOrNone\":false,\"records\":["
				+ "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\"},"
				+ "{\"attributes\":{\"type\":\"Account\"},\"Phone\":\"1\"}]}");
	}

	@Test
	void splitsIntoCallsOf200() throws Exception {
		this.server.enqueue(json(ok(200)));
		this.server.enqueue(json(ok(200)));
		this.server.enqueue(json(ok(50)));
		FinancialForceClient client = MockApi.client(this.server).build();
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < 450; i++) {
			records.add(Map.of("Name", "A" + i));
		}

		List<SaveResult> results = client.createAll("Account", records, false);

		assertThat(results).hasSize(450).allMatch(SaveResult::success);
		assertThat(client.requestCount(RequestKind.COLLECTION)).isEqualTo(3);
		assertThat(body(take(this.server))).contains("\"Name\":\"A0\"").contains("\"Name\":\"A199\"")
			.doesNotContain("\"A200\"");
		assertThat(body(take(this.server))).contains("\"Name\":\"A200\"").contains("\"Name\":\"A399\"");
	}

	@Test
	void refusesToSplitAllOrNone() {
		FinancialForceClient client = MockApi.client(this.server).build();
		List<Map<String, String>> records = IntStream.range(0, 201).mapToObj((i) -> Map.of("Name", "x")).toList();

		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.createAll("Account", records, true))
			.withMessageContaining("201 records with allOrNone");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void fewerResultsThanRecordsFails() {
		this.server.enqueue(json(ok(1)));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> client.createAll("Account", List.of(Map.of("Name", "A"), Map.of("Name", "B")), false))
			.withMessageContaining("returned 1 results for 2 requests");
	}

	@Test
	void updatesNeedIds() throws Exception {
		this.server.enqueue(json(ok(1)));
		FinancialForceClient client = MockApi.client(this.server).build();

		client.updateAll("Account", List.of(Map.of("Id", "001xx000003DGb2AAG", "Name", "B")), true);

		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(request.getTarget()).isEqualTo(BASE + "/composite/sobjects");
		assertThat(body(request)).startsWith("{\"allOrNone\":true,\"records\":[{\"attributes\":{\"type\":\"Account\"}");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.updateAll("Account", List.of(Map.of("Name", "B")), false))
			.withMessage("Record 0 for Account has no 'Id'.");
	}

	@Test
	void upsertsByExternalId() throws Exception {
		this.server.enqueue(json("[{\"id\":\"a0X000000000001AAA\",\"success\":true,\"errors\":[],\"created\":true},"
				+ "{\"id\":\"a0X000000000002AAA\",\"success\":true,\"errors\":[],\"created\":false}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<SaveResult> results = client.upsertAll("c2g__codaInvoice__c", "Ext__c",
				List.of(Map.of("Ext__c", "1"), Map.of("Ext__c", "2")), false);

		assertThat(results).extracting(SaveResult::created).containsExactly(true, false);
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(request.getTarget()).isEqualTo(BASE + "/composite/sobjects/c2g__codaInvoice__c/Ext__c");
	}

	@Test
	void deletesByIdsWithRolledBackItems() throws Exception {
		this.server.enqueue(json("[{\"id\":\"001xx000003DGb2AAG\",\"success\":false,\"errors\":[{\"statusCode\":"
				+ "\"ALL_OR_NONE_OPERATION_ROLLED_BACK\",\"message\":\"Record rolled back\",\"fields\":[]}]},"
				+ "{\"id\":\"001xx000003DGb3AAG\",\"success\":false,\"errors\":[{\"statusCode\":"
				+ "\"ENTITY_IS_DELETED\",\"message\":\"entity is deleted\",\"fields\":[]}]}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<SaveResult> results = client.deleteAll(List.of("001xx000003DGb2AAG", "001xx000003DGb3AAG"), true);

		assertThat(results).extracting((result) -> result.errors().get(0).errorCode())
			.containsExactly("ALL_OR_NONE_OPERATION_ROLLED_BACK", "ENTITY_IS_DELETED");
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget())
			.isEqualTo(BASE + "/composite/sobjects?ids=001xx000003DGb2AAG,001xx000003DGb3AAG&allOrNone=true");
	}

	@Test
	void readsEveryFieldOfSaveResultsAndSkipsUnknownOnes() {
		this.server.enqueue(json("[{\"id\":\"001xx000003DGb2AAG\",\"success\":true,\"errors\":[],"
				+ "\"created\":true,\"warnings\":[{\"a\":[1,{\"b\":2}]}],\"infos\":null},"
				+ "{\"success\":false,\"created\":null,\"errors\":[{\"statusCode\":\"DUPLICATE_VALUE\","
				+ "\"message\":\"duplicate\",\"fields\":[\"Ext__c\"]}],\"id\":null},"
				+ "{\"id\":\"001xx000003DGb3AAG\",\"success\":true,\"errors\":null,\"created\":false}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<SaveResult> results = client.upsertAll("Account", "Ext__c",
				List.of(Map.of("Ext__c", "1"), Map.of("Ext__c", "2"), Map.of("Ext__c", "3")), false);

		assertThat(results).containsExactly(new SaveResult("001xx000003DGb2AAG", true, List.of(), true),
				new SaveResult(null, false, List.of(new ApiError("DUPLICATE_VALUE", "duplicate", List.of("Ext__c"))),
						null),
				new SaveResult("001xx000003DGb3AAG", true, List.of(), false));
	}

	@Test
	void answerThatIsNotAnArrayOfResultsFails() {
		this.server.enqueue(json("{\"id\":\"001xx000003DGb2AAG\",\"success\":true}"));
		this.server.enqueue(json("[\"001xx000003DGb2AAG\"]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> client.createAll("Account", List.of(Map.of("Name", "A")), false));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> client.createAll("Account", List.of(Map.of("Name", "A")), false));
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void deleteRefusesAnythingButIdsOf15Or18LettersAndDigitsBeforeSending() {
		FinancialForceClient client = MockApi.client(this.server).build();

		for (String bad : List.of("001xx000003DGb", "001xx000003DGb2A", "001xx000003DGb2AAGX", "001xx000003DGb2AA_",
				"001xx000003DGb2AA\u00e9", "001xx000003DGb2,AG", "")) {
			assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
				.isThrownBy(() -> client.deleteAll(List.of("001xx000003DGb2AAG", bad), false))
				.withMessageContaining("not a Salesforce id");
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void sendsCompositeWithReferences() throws Exception {
		this.server.enqueue(json("{\"compositeResponse\":[{\"body\":{\"id\":\"001xx000003DGb2AAG\",\"success\":true,"
				+ "\"errors\":[]},\"httpHeaders\":{\"Location\":\"/services/data/v65.0/sobjects/Account/001\"},"
				+ "\"httpStatusCode\":201,\"referenceId\":\"a\"},{\"body\":[{\"errorCode\":\"PROCESSING_HALTED\","
				+ "\"message\":\"The transaction was rolled back\"}],\"httpHeaders\":{},\"httpStatusCode\":400,"
				+ "\"referenceId\":\"c\"}]}"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<CompositeSubresponse> responses = client.composite(List.of(
				CompositeSubrequest.of("POST", BASE + "/sobjects/Account", "a", Map.of("Name", "X")),
				CompositeSubrequest.of("POST", BASE + "/sobjects/Contact", "c",
						Map.of("LastName", "Y", "AccountId", "@{a.id}"))),
				true);

		assertThat(responses.get(0).isSuccess()).isTrue();
		assertThat(responses.get(0).body().get("id").asString()).isEqualTo("001xx000003DGb2AAG");
		assertThat(responses.get(1).errors()).containsExactly(ApiError.of("PROCESSING_HALTED",
				"The transaction was rolled back"));
		RecordedRequest request = take(this.server);
		assertThat(request.getTarget()).isEqualTo(BASE + "/composite");
		assertThat(body(request)).startsWith("{\"allOrNone\":true,\"compositeRequest\":[{\"method\":\"POST\","
				+ "\"url\":\"" + BASE + "/sobjects/Account\",\"referenceId\":\"a\",\"body\":{\"Name\":\"X\"}}")
			.contains("\"@{a.id}\"");
	}

	@Test
	void compositeTakesAtMost25() {
		FinancialForceClient client = MockApi.client(this.server).build();
		List<CompositeSubrequest> requests = IntStream.range(0, 26)
			.mapToObj((i) -> CompositeSubrequest.of("GET", BASE + "/limits", "r" + i, null))
			.toList();

		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.composite(requests, false))
			.withMessageContaining("1 to 25 subrequests, not 26");
	}

}
