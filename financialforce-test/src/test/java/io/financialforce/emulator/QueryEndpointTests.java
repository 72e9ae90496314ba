package io.financialforce.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

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
	void pageKeysComeInTheOrgsOrder() {
		JsonNode page = wire.get(Wire.V + "/query?q=SELECT+Id+FROM+c2g__codaInvoiceLineItem__c", "Sforce-Query-Options",
				"batchSize=200").json();
		List<String> keys = new ArrayList<>();
		page.properties().forEach((entry) -> keys.add(entry.getKey()));
		assertThat(keys).containsExactly("totalSize", "done", "nextRecordsUrl", "records");
		List<String> recordKeys = new ArrayList<>();
		page.path("records").get(0).properties().forEach((entry) -> recordKeys.add(entry.getKey()));
		assertThat(recordKeys).containsExactly("attributes", "Id");
	}

	@Test
	void largePagesStreamChunkedAndDecodeTheSameWithGzip() throws IOException {
		String path = Wire.V + "/query?q=SELECT+Id,Name,c2g__Invoice__c,c2g__Quantity__c,c2g__UnitPrice__c,"
				+ "c2g__NetValue__c,CreatedDate+FROM+c2g__codaInvoiceLineItem__c";
		Wire.Response plain = wire.get(path);
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.body().length).as("larger than what is sent with a length").isGreaterThan(16 * 1024);
		assertThat(plain.header("Content-Length")).isNull();
		assertThat(plain.header("Transfer-Encoding")).isEqualTo("chunked");
		Wire.Response compressed = wire.get(path, "Accept-Encoding", "gzip");
		assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.body().length).isGreaterThan(16 * 1024);
		assertThat(compressed.header("Transfer-Encoding")).as("gzip streams too").isEqualTo("chunked");
		byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes();
		assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo(plain.text());
		JsonNode record = plain.json().path("records").get(0);
		assertThat(record.path("c2g__NetValue__c").isNumber()).isTrue();
		assertThat(record.path("CreatedDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
	}

	@Test
	void smallResponsesKeepTheirContentLength() {
		Wire.Response small = wire.query("SELECT Id FROM Account LIMIT 1");
		assertThat(small.header("Content-Length")).isEqualTo(Integer.toString(small.body().length));
		assertThat(small.json().path("records").size()).isEqualTo(1);
	}

	@Test
	void nextPagesCarryRecordUrlsOfTheVersionTheyAreAskedAt() {
		JsonNode first = wire.get(Wire.V + "/query?q=SELECT+Id+FROM+c2g__codaInvoiceLineItem__c", "Sforce-Query-Options",
				"batchSize=200").json();
		assertThat(first.path("records").get(0).path("attributes").path("url").asString())
			.startsWith("/services/data/v60.0/sobjects/c2g__codaInvoiceLineItem__c/");
		String next = first.path("nextRecordsUrl").asString().replace("/v60.0/", "/v64.0/");
		JsonNode record = wire.get(next).json().path("records").get(0);
		assertThat(record.path("attributes").path("url").asString())
			.isEqualTo("/services/data/v64.0/sobjects/c2g__codaInvoiceLineItem__c/" + record.path("Id").asString());
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
