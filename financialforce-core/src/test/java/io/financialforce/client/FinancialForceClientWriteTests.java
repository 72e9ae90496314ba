package io.financialforce.client;

import java.util.List;
import java.util.Map;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceDataIntegrityViolationException;
import io.financialforce.FinancialForceDuplicateKeyException;
import io.financialforce.FinancialForceMultipleMatchesException;
import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.InvalidFinancialForceApiUsageException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.body;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.status;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of single-record calls: retrieve, create, update, upsert, delete.
 */
class FinancialForceClientWriteTests {

	static final String ID = "001xx000003DGb2AAG";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void retrievesSelectedFields() throws Exception {
		this.server.enqueue(json("{\"attributes\":{\"type\":\"Account\"},\"Id\":\"" + ID + "\",\"Name\":\"Acme\"}"));
		FinancialForceClient client = MockApi.client(this.server).build();

		ObjectNode account = client.retrieve("Account", ID, List.of("Id", "Name"), RecordReader.objectNode());

		assertThat(account.get("Name").asString()).isEqualTo("Acme");
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo(BASE + "/sobjects/Account/" + ID + "?fields=Id%2CName");
	}

	@Test
	void retrieveOfMissingRecordIsNotFound() {
		this.server.enqueue(json(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
				+ " exist\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceNotFoundException.class)
			.isThrownBy(() -> client.retrieve("Account", ID, List.of(), RecordReader.objectNode()))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(ApiError.of("NOT_FOUND", "The requested resource does not exist")));
	}

	@Test
	void createsRecordWithJsonBody() throws Exception {
		this.server.enqueue(json(201, "{\"id\":\"" + ID + "\",\"success\":true,\"errors\":[],\"warnings\":[]}"));
		FinancialForceClient client = MockApi.client(this.server).build();

		SaveResult result = client.create("Account", Map.of("Name", "Acme"));

		assertThat(result).isEqualTo(new SaveResult(ID, true, List.of(), null));
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo(BASE + "/sobjects/Account");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(body(request)).isEqualTo("{\"Name\":\"Acme\"}");
	}

	@Test
	void duplicateCreateIsDuplicateKey() {
		this.server.enqueue(json(400, "[{\"message\":\"duplicate value found: c2g__ExternalId__c duplicates value on"
				+ " record with id: a0X000000000001\",\"errorCode\":\"DUPLICATE_VALUE\",\"fields\":[]}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceDuplicateKeyException.class)
			.isThrownBy(() -> client.create("Account", Map.of("Name", "Acme")))
			.withMessageContaining("duplicate value found")
			.withMessageContaining("upsert by the external id");
	}

	@Test
	void updatesWithPatch() throws Exception {
		this.server.enqueue(status(204));
		FinancialForceClient client = MockApi.client(this.server).build();

		client.update("Account", ID, Map.of("Name", "Acme 2"));

		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(request.getTarget()).isEqualTo(BASE + "/sobjects/Account/" + ID);
		assertThat(body(request)).isEqualTo("{\"Name\":\"Acme 2\"}");
	}

	@Test
	void updateWithMissingFieldIsIntegrityViolation() {
		this.server.enqueue(json(400, "[{\"message\":\"Required fields are missing: [LastName]\","
				+ "\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"LastName\"]}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceDataIntegrityViolationException.class)
			.isThrownBy(() -> client.update("Contact", ID, Map.of("LastName", "")))
			.satisfies((ex) -> assertThat(ex.errors().get(0).fields()).containsExactly("LastName"));
	}

	@Test
	void upsertsByExternalIdTellingCreatedFromUpdated() throws Exception {
		this.server.enqueue(json(201, "{\"id\":\"" + ID + "\",\"success\":true,\"errors\":[],\"created\":true}"));
		this.server.enqueue(json(200, "{\"id\":\"" + ID + "\",\"success\":true,\"errors\":[],\"created\":false}"));
		this.server.enqueue(status(204));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThat(client.upsert("Account", "Ext_Id__c", "A/1 b", Map.of("Name", "Acme")).created()).isTrue();
		assertThat(client.upsert("Account", "Ext_Id__c", "A/1 b", Map.of("Name", "Acme")).created()).isFalse();
		assertThat(client.upsert("Account", "Ext_Id__c", "x", Map.of()).created()).isFalse();

		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(request.getTarget()).isEqualTo(BASE + "/sobjects/Account/Ext_Id__c/A%2F1%20b");
		assertThat(body(request)).isEqualTo("{\"Name\":\"Acme\"}");
	}

	@Test
	void upsertMatchingSeveralRecordsFails() {
		this.server.enqueue(json(300, "[\"/services/data/v65.0/sobjects/Account/001000000000001AAA\","
				+ "\"/services/data/v65.0/sobjects/Account/001000000000002AAA\"]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(FinancialForceMultipleMatchesException.class)
			.isThrownBy(() -> client.upsert("Account", "Ext_Id__c", "dup", Map.of("Name", "Acme")))
			.withMessageContaining("matched 2 records")
			.satisfies((ex) -> {
				assertThat(ex.getActualSize()).isEqualTo(2);
				assertThat(ex.statusCode()).isEqualTo(300);
				assertThat(ex.matches()).hasSize(2);
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void deletesAndReportsAlreadyDeleted() throws Exception {
		this.server.enqueue(status(204));
		this.server.enqueue(json(404, "[{\"errorCode\":\"ENTITY_IS_DELETED\",\"message\":\"entity is deleted\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		client.delete("Account", ID);
		assertThatExceptionOfType(FinancialForceNotFoundException.class).isThrownBy(() -> client.delete("Account", ID))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("ENTITY_IS_DELETED"));

		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo(BASE + "/sobjects/Account/" + ID);
	}

	@Test
	void rejectsBadIdsAndFieldsBeforeAnyCall() {
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.delete("Account", "../limits"))
			.withMessageContaining("not a Salesforce id");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.retrieve("Account", ID, List.of("Name&x=1"), RecordReader.objectNode()))
			.withMessageContaining("not a valid field name");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.upsert("Account", "Ext_Id__c", "", Map.of()))
			.withMessageContaining("must not be empty");
		assertThat(this.server.getRequestCount()).isZero();
	}

}
