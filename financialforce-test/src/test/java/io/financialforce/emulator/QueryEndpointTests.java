package io.financialforce.emulator;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code query}, {@code queryAll} and {@code query/{locator}} over real HTTP: paging, cursors, errors.
 */
class QueryEndpointTests {

	static FinancialForceEmulator emulator;

	static Wire wire;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(500).start();
		wire = new Wire(emulator).login();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void pagesWithTheRequestedBatchSizeUntilDone() {
		int lines = emulator.store().read(() -> {
			var object = emulator.store().object("c2g__codaInvoiceLineItem__c");
			return emulator.store().rowCount(object);
		});
		emulator.reset();
		Wire.Response first = wire.get(Wire.V + "/query?q=SELECT+Id,c2g__NetValue__c+FROM+c2g__codaInvoiceLineItem__c",
				"Sforce-Query-Options", "batchSize=200");
		JsonNode page = first.json();
		assertThat(page.path("totalSize").asInt()).isEqualTo(lines);
		assertThat(page.path("done").asBoolean()).isFalse();
		assertThat(page.path("records").size()).isEqualTo(200);
		assertThat(page.path("nextRecordsUrl").asString()).matches("/services/data/v60\\.0/query/01g\\w{12}-200");
		Set<String> ids = new HashSet<>();
		page.path("records").forEach((record) -> ids.add(record.path("Id").asString()));
		int pages = 1;
		while (!page.path("done").asBoolean()) {
			page = wire.get(page.path("nextRecordsUrl").asString()).json();
			page.path("records").forEach((record) -> ids.add(record.path("Id").asString()));
			pages++;
		}
		assertThat(ids).hasSize(lines);
		assertThat(page.has("nextRecordsUrl")).isFalse();
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(pages - 1);
		assertThat(pages).isEqualTo((lines + 199) / 200);
	}

	@Test
	void defaultBatchIs2000() {
		JsonNode page = wire.query("SELECT Id FROM c2g__codaInvoiceLineItem__c").json();
		assertThat(page.path("records").size()).isEqualTo(Math.min(2000, page.path("totalSize").asInt()));
	}

	@Test
	void countAndAggregates() {
		JsonNode count = wire.query("SELECT COUNT() FROM c2g__codaInvoice__c").json();
		assertThat(count.path("totalSize").asInt()).isEqualTo(500);
		assertThat(count.path("done").asBoolean()).isTrue();
		assertThat(count.path("records").isEmpty()).isTrue();
		JsonNode grouped = wire.query("SELECT c2g__InvoiceStatus__c, COUNT(Id) FROM c2g__codaInvoice__c "
				+ "GROUP BY c2g__InvoiceStatus__c ORDER BY c2g__InvoiceStatus__c").json();
		int sum = 0;
		for (JsonNode row : grouped.path("records")) {
			assertThat(row.path("attributes").path("type").asString()).isEqualTo("AggregateResult");
			sum += row.path("expr0").asInt();
		}
		assertThat(sum).isEqualTo(500);
	}

	@Test
	void queryAllSeesTheRecycleBinAndQueryDoesNot() {
		String id = wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"Binned Ltd\"}").json().path("id").asString();
		wire.delete(Wire.V + "/sobjects/Account/" + id);
		assertThat(wire.query("SELECT Id FROM Account WHERE Name = 'Binned Ltd'").json().path("totalSize").asInt())
			.isZero();
		assertThat(wire.get(Wire.V + "/queryAll?q=SELECT+Id+FROM+Account+WHERE+Name+=+'Binned+Ltd'").json()
			.path("totalSize").asInt()).isEqualTo(1);
	}

	@Test
	void errorsHaveTheOrgsShape() {
		Wire.Response malformed = wire.query("SELECT Id FORM Account");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorCode()).isEqualTo("MALFORMED_QUERY");
		assertThat(malformed.message()).startsWith("\nSELECT Id FORM Account\n").contains("ERROR at Row:1:Column:");
		Wire.Response type = wire.query("SELECT Id FROM Nope__c");
		assertThat(type.errorCode()).isEqualTo("INVALID_TYPE");
		Wire.Response field = wire.query("SELECT Bacon__c FROM Account");
		assertThat(field.errorCode()).isEqualTo("INVALID_FIELD");
		assertThat(field.message()).isEqualTo("\nSELECT Bacon__c FROM Account\n       ^\nERROR at Row:1:Column:8\n"
				+ "No such column 'Bacon__c' on entity 'Account'. If you are attempting to use a custom field, be sure to "
				+ "append the '__c' after the custom field name. Please reference your WSDL or the describe call for the "
				+ "appropriate names.");
		assertThat(wire.get(Wire.V + "/query").errorCode()).isEqualTo("MALFORMED_QUERY");
		Wire.Response locator = wire.get(Wire.V + "/query/01gDm0000000zzz-2000");
		assertThat(locator.status()).isEqualTo(400);
		assertThat(locator.errorCode()).isEqualTo("INVALID_QUERY_LOCATOR");
	}

	@Test
	void parentPathsAndChildSubqueriesAreNested() {
		JsonNode record = wire.query("SELECT Name, c2g__Account__r.Name, (SELECT c2g__Quantity__c FROM "
				+ "c2g__InvoiceLineItems__r) FROM c2g__codaInvoice__c ORDER BY Name LIMIT 1").json().path("records").get(0);
		assertThat(record.path("Name").asString()).isEqualTo("SIN000001");
		assertThat(record.path("c2g__Account__r").path("attributes").path("type").asString()).isEqualTo("Account");
		assertThat(record.path("c2g__Account__r").path("Name").asString()).isNotEmpty();
		assertThat(record.path("c2g__InvoiceLineItems__r").path("totalSize").asInt()).isBetween(1, 3);
		assertThat(record.path("c2g__InvoiceLineItems__r").path("done").asBoolean()).isTrue();
	}

}
