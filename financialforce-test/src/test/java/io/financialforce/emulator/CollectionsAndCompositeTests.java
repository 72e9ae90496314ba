package io.financialforce.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sObject Collections and composite over real HTTP, with allOrNone rollbacks.
 */
class CollectionsAndCompositeTests {

	static FinancialForceEmulator emulator;

	static Wire wire;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(20).start();
		wire = new Wire(emulator).login();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void collectionsCreateUpdateRetrieveAndDelete() {
		Wire.Response created = wire.post(Wire.V + "/composite/sobjects", """
				{"allOrNone":false,"records":[
				  {"attributes":{"type":"Account"},"Name":"Coll One"},
				  {"attributes":{"type":"Contact"},"FirstName":"Ann"},
				  {"attributes":{"type":"Account"},"Name":"Coll Two"}]}""");
		assertThat(created.status()).isEqualTo(200);
		JsonNode results = created.json();
		assertThat(results.get(0).path("success").asBoolean()).isTrue();
		assertThat(results.get(1).path("success").asBoolean()).isFalse();
		assertThat(results.get(1).path("id").isNull()).isTrue();
		assertThat(results.get(1).path("errors").get(0).path("statusCode").asString()).isEqualTo("REQUIRED_FIELD_MISSING");
		assertThat(results.get(1).path("errors").get(0).path("fields").get(0).asString()).isEqualTo("LastName");
		assertThat(results.get(2).path("success").asBoolean()).isTrue();
		String one = results.get(0).path("id").asString();
		String two = results.get(2).path("id").asString();
		Wire.Response updated = wire.patch(Wire.V + "/composite/sobjects", """
				{"records":[{"attributes":{"type":"Account"},"id":"%s","Industry":"Energy"},
				            {"attributes":{"type":"Account"},"Id":"%s","Industry":"Retail"}]}""".formatted(one, two));
		assertThat(updated.json().findValuesAsString("id")).containsExactly(one, two);
		JsonNode fetched = wire.get(Wire.V + "/composite/sobjects/Account?ids=" + one + "," + two
				+ ",001Dm000000zzzzAAA&fields=Id,Industry").json();
		assertThat(fetched.get(0).path("Industry").asString()).isEqualTo("Energy");
		assertThat(fetched.get(1).path("Industry").asString()).isEqualTo("Retail");
		assertThat(fetched.get(2).isNull()).isTrue();
		Wire.Response deleted = wire.delete(Wire.V + "/composite/sobjects?ids=" + one + "," + two);
		assertThat(deleted.json().findValuesAsString("id")).containsExactly(one, two);
		assertThat(deleted.json().get(0).path("success").asBoolean()).isTrue();
		assertThat(emulator.requestCount(RequestFamily.COLLECTIONS)).isGreaterThanOrEqualTo(4);
	}

	@Test
	void allOrNoneRollsEveryRecordBack() {
		long before = accounts();
		Wire.Response response = wire.post(Wire.V + "/composite/sobjects", """
				{"allOrNone":true,"records":[
				  {"attributes":{"type":"Account"},"Name":"Kept?"},
				  {"attributes":{"type":"Account"},"Industry":"Energy"}]}""");
		JsonNode results = response.json();
		assertThat(results.get(0).path("success").asBoolean()).isFalse();
		assertThat(results.get(0).path("errors").get(0).path("statusCode").asString())
			.isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
		assertThat(results.get(0).path("errors").get(0).path("message").asString()).isEqualTo(
				"Record rolled back because not all records were valid and the request was using AllOrNone header");
		assertThat(results.get(1).path("errors").get(0).path("statusCode").asString()).isEqualTo("REQUIRED_FIELD_MISSING");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void collectionsRefuseMoreThan200Records() {
		StringBuilder records = new StringBuilder();
		for (int i = 0; i < 201; i++) {
			records.append(i == 0 ? "" : ",").append("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"N").append(i).append("\"}");
		}
		Wire.Response response = wire.post(Wire.V + "/composite/sobjects", "{\"records\":[" + records + "]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("EXCEEDED_ID_LIMIT");
	}

	@Test
	void upsertCollectionByExternalId() {
		Wire.Response first = wire.patch(Wire.V + "/composite/sobjects/Account/c2g__CODAExternalId__c", """
				{"allOrNone":false,"records":[
				  {"attributes":{"type":"Account"},"c2g__CODAExternalId__c":"COLL-UP-1","Name":"Up One"},
				  {"attributes":{"type":"Account"},"c2g__CODAExternalId__c":"COLL-UP-2","Name":"Up Two"}]}""");
		assertThat(first.json().findValuesAsString("created")).containsExactly("true", "true");
		assertThat(first.json().get(0).path("created").asBoolean()).isTrue();
		Wire.Response second = wire.patch(Wire.V + "/composite/sobjects/Account/c2g__CODAExternalId__c", """
				{"records":[{"attributes":{"type":"Account"},"c2g__CODAExternalId__c":"COLL-UP-1","Name":"Up One!"}]}""");
		assertThat(second.json().get(0).path("created").asBoolean()).isFalse();
		assertThat(second.json().get(0).path("id").asString()).isEqualTo(first.json().get(0).path("id").asString());
	}

	@Test
	void compositeChainsReferencesInOneCall() {
		long calls = emulator.apiUsage();
		Wire.Response response = wire.post(Wire.V + "/composite", """
				{"allOrNone":true,"compositeRequest":[
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Account","referenceId":"acct","body":{"Name":"Composite Co"}},
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Contact","referenceId":"ct",
				   "body":{"LastName":"Smith","AccountId":"@{acct.id}"}},
				  {"method":"GET","url":"/services/data/v60.0/sobjects/Account/@{acct.id}?fields=Name","referenceId":"read"},
				  {"method":"GET","url":"/services/data/v60.0/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId='@{acct.id}'","referenceId":"q"}]}""");
		assertThat(response.status()).isEqualTo(200);
		assertThat(emulator.apiUsage()).as("composite is one API call").isEqualTo(calls + 1);
		JsonNode results = response.json().path("compositeResponse");
		assertThat(results.get(0).path("httpStatusCode").asInt()).isEqualTo(201);
		assertThat(results.get(0).path("referenceId").asString()).isEqualTo("acct");
		assertThat(results.get(0).path("httpHeaders").path("Location").asString()).startsWith("/services/data/v60.0/sobjects/Account/001");
		String account = results.get(0).path("body").path("id").asString();
		assertThat(emulator.value(results.get(1).path("body").path("id").asString(), "AccountId")).isEqualTo(account);
		assertThat(results.get(2).path("body").path("Name").asString()).isEqualTo("Composite Co");
		assertThat(results.get(3).path("body").path("totalSize").asInt()).isEqualTo(1);
	}

	@Test
	void compositeAllOrNoneHaltsAndRollsBack() {
		long before = accounts();
		Wire.Response response = wire.post(Wire.V + "/composite", """
				{"allOrNone":true,"compositeRequest":[
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Account","referenceId":"ok","body":{"Name":"Halted Co"}},
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Contact","referenceId":"bad","body":{"FirstName":"No"}},
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Account","referenceId":"later","body":{"Name":"Later Co"}}]}""");
		JsonNode results = response.json().path("compositeResponse");
		assertThat(results.get(0).path("httpStatusCode").asInt()).isEqualTo(400);
		assertThat(results.get(0).path("body").get(0).path("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
		assertThat(results.get(0).path("body").get(0).path("message").asString())
			.isEqualTo("The transaction was rolled back since another operation in the same transaction failed.");
		assertThat(results.get(1).path("body").get(0).path("errorCode").asString()).isEqualTo("REQUIRED_FIELD_MISSING");
		assertThat(results.get(2).path("body").get(0).path("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void compositeWithoutAllOrNoneSkipsOnlyDependents() {
		Wire.Response response = wire.post(Wire.V + "/composite", """
				{"allOrNone":false,"compositeRequest":[
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Account","referenceId":"bad","body":{"Industry":"Energy"}},
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Contact","referenceId":"dep","body":{"LastName":"X","AccountId":"@{bad.id}"}},
				  {"method":"POST","url":"/services/data/v60.0/sobjects/Account","referenceId":"free","body":{"Name":"Free Co"}}]}""");
		JsonNode results = response.json().path("compositeResponse");
		assertThat(results.get(0).path("httpStatusCode").asInt()).isEqualTo(400);
		assertThat(results.get(1).path("httpStatusCode").asInt()).isEqualTo(400);
		assertThat(results.get(1).path("body").get(0).path("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
		assertThat(results.get(2).path("httpStatusCode").asInt()).isEqualTo(201);
	}

	@Test
	void compositeRefusesMoreThan25Subrequests() {
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 26; i++) {
			items.append(i == 0 ? "" : ",").append("{\"method\":\"GET\",\"url\":\"/services/data/v60.0/limits\",\"referenceId\":\"r")
				.append(i).append("\"}");
		}
		Wire.Response response = wire.post(Wire.V + "/composite", "{\"compositeRequest\":[" + items + "]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("LIMIT_EXCEEDED");
	}

	private static long accounts() {
		return wire.query("SELECT COUNT() FROM Account").json().path("totalSize").asLong();
	}

}
