package io.financialforce.emulator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.financialforce.emulator.org.SalesforceIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST data API over real HTTP: versions, resources, limits, describe, sObject rows and upserts, with the org's
 * validation and error bodies.
 */
class DataApiTests {

	static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

	static FinancialForceEmulator emulator;

	static Wire wire;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(50).clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();
		wire = new Wire(emulator).login();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void versionsNeedNoAuthentication() {
		Wire anonymous = new Wire(emulator);
		JsonNode versions = anonymous.get("/services/data").json();
		assertThat(versions.isArray()).isTrue();
		JsonNode v60 = null;
		for (JsonNode version : versions) {
			if ("60.0".equals(version.path("version").asString())) {
				v60 = version;
			}
		}
		assertThat(v60).isNotNull();
		assertThat(v60.path("label").asString()).isEqualTo("Spring '24");
		assertThat(v60.path("url").asString()).isEqualTo("/services/data/v60.0");
	}

	@Test
	void resourcesListTheEndpoints() {
		JsonNode resources = wire.get(Wire.V).json();
		assertThat(resources.path("sobjects").asString()).isEqualTo(Wire.V + "/sobjects");
		assertThat(resources.path("query").asString()).isEqualTo(Wire.V + "/query");
		assertThat(resources.path("composite").asString()).isEqualTo(Wire.V + "/composite");
	}

	@Test
	void dataCallsNeedAValidBearerToken() {
		Wire anonymous = new Wire(emulator);
		Wire.Response response = anonymous.get(Wire.V + "/sobjects");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().toString())
			.isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
		anonymous.token(wire.token());
		Wire.Response oauthScheme = anonymous.send(anonymous.request(Wire.V + "/limits")
			.setHeader("Authorization", "OAuth " + wire.token()).GET(), null);
		assertThat(oauthScheme.status()).isEqualTo(200);
		assertThat(wire.get("/services/data/v12.0/limits").status()).isEqualTo(404);
	}

	@Test
	void limitsReportUsageAndEveryResponseCarriesTheHeader() {
		Wire.Response limits = wire.get(Wire.V + "/limits");
		JsonNode daily = limits.json().path("DailyApiRequests");
		assertThat(daily.path("Max").asLong()).isEqualTo(1_000_000);
		assertThat(daily.path("Remaining").asLong()).isEqualTo(1_000_000 - emulator.apiUsage());
		assertThat(limits.json().has("DailyBulkV2QueryJobs")).isTrue();
		assertThat(limits.header("Sforce-Limit-Info")).isEqualTo("api-usage=" + emulator.apiUsage() + "/1000000");
	}

	@Test
	void globalDescribeListsTheFinancialForceObjects() {
		JsonNode describe = wire.get(Wire.V + "/sobjects").json();
		assertThat(describe.path("encoding").asString()).isEqualTo("UTF-8");
		assertThat(describe.path("maxBatchSize").asInt()).isEqualTo(200);
		assertThat(describe.path("sobjects").findValuesAsString("name")).contains("User", "Account", "Contact",
				"Product2", "Opportunity", "c2g__codaCompany__c", "c2g__codaYear__c", "c2g__codaPeriod__c",
				"c2g__codaGeneralLedgerAccount__c", "c2g__codaDimension1__c", "c2g__codaAccountingCurrency__c",
				"c2g__codaInvoice__c", "c2g__codaInvoiceLineItem__c", "c2g__codaPurchaseInvoice__c",
				"c2g__codaJournal__c", "c2g__codaJournalLineItem__c", "c2g__codaTransaction__c",
				"c2g__codaTransactionLineItem__c", "c2g__codaCashEntry__c", "pse__Proj__c");
	}

	@Test
	void describeHasRealisticFieldMetadata() {
		Wire.Response response = wire.get(Wire.V + "/sobjects/c2g__codaInvoice__c/describe");
		JsonNode invoice = response.json();
		assertThat(invoice.path("keyPrefix").asString()).isEqualTo("a0I");
		assertThat(invoice.path("custom").asBoolean()).isTrue();
		JsonNode netTotal = field(invoice, "c2g__NetTotal__c");
		assertThat(netTotal.path("type").asString()).isEqualTo("double");
		assertThat(netTotal.path("soapType").asString()).isEqualTo("xsd:double");
		assertThat(netTotal.path("precision").asInt()).isEqualTo(18);
		assertThat(netTotal.path("scale").asInt()).isEqualTo(2);
		assertThat(netTotal.path("calculated").asBoolean()).isTrue();
		assertThat(netTotal.path("createable").asBoolean()).isFalse();
		assertThat(netTotal.path("groupable").asBoolean()).isFalse();
		JsonNode account = field(invoice, "c2g__Account__c");
		assertThat(account.path("type").asString()).isEqualTo("reference");
		assertThat(account.path("soapType").asString()).isEqualTo("tns:ID");
		assertThat(account.path("referenceTo").get(0).asString()).isEqualTo("Account");
		assertThat(account.path("relationshipName").asString()).isEqualTo("c2g__Account__r");
		JsonNode status = field(invoice, "c2g__InvoiceStatus__c");
		assertThat(status.path("picklistValues").findValuesAsString("value")).containsExactly("In Progress",
				"Ready to Post", "Complete", "Discarded");
		assertThat(status.path("picklistValues").get(0).path("defaultValue").asBoolean()).isTrue();
		JsonNode externalId = field(invoice, "c2g__ExternalId__c");
		assertThat(externalId.path("externalId").asBoolean()).isTrue();
		assertThat(externalId.path("idLookup").asBoolean()).isTrue();
		assertThat(externalId.path("length").asInt()).isEqualTo(32);
		assertThat(field(invoice, "Name").path("autoNumber").asBoolean()).isTrue();
		assertThat(field(invoice, "CurrencyIsoCode").path("type").asString()).isEqualTo("picklist");
		assertThat(field(invoice, "c2g__InvoiceDate__c").path("defaultValueFormula").asString()).isEqualTo("TODAY()");
		JsonNode lines = null;
		for (JsonNode child : invoice.path("childRelationships")) {
			if ("c2g__InvoiceLineItems__r".equals(child.path("relationshipName").asString())) {
				lines = child;
			}
		}
		assertThat(lines).isNotNull();
		assertThat(lines.path("childSObject").asString()).isEqualTo("c2g__codaInvoiceLineItem__c");
		assertThat(lines.path("field").asString()).isEqualTo("c2g__Invoice__c");
		assertThat(lines.path("cascadeDelete").asBoolean()).isTrue();
		JsonNode accountDescribe = wire.get(Wire.V + "/sobjects/Account/describe").json();
		assertThat(field(accountDescribe, "Name").path("nillable").asBoolean()).isFalse();
		assertThat(field(accountDescribe, "c2g__CODAExternalId__c").path("externalId").asBoolean()).isTrue();
		assertThat(field(accountDescribe, "c2g__CODACreditLimit__c").path("scale").asInt()).isEqualTo(2);
		assertThat(wire.get(Wire.V + "/sobjects/Nope__c/describe").status()).isEqualTo(404);
	}

	@Test
	void describeHonoursIfModifiedSince() {
		Wire.Response first = wire.get(Wire.V + "/sobjects/Account/describe");
		String lastModified = first.header("Last-Modified");
		assertThat(lastModified).isNotNull();
		assertThat(wire.get(Wire.V + "/sobjects/Account/describe", "If-Modified-Since", lastModified).status())
			.isEqualTo(304);
		assertThat(wire.get(Wire.V + "/sobjects/Account/describe", "If-Modified-Since",
				"Mon, 01 Jan 2024 00:00:00 GMT").status()).isEqualTo(200);
	}

	@Test
	void createReadUpdateDeleteAnAccount() {
		Wire.Response created = wire.post(Wire.V + "/sobjects/Account",
				"{\"Name\":\"Wire Test Ltd\",\"Industry\":\"Energy\",\"c2g__CODACreditLimit__c\":1234.5}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("success").asBoolean()).isTrue();
		assertThat(created.json().path("errors").isEmpty()).isTrue();
		String id = created.json().path("id").asString();
		assertThat(id).hasSize(18).startsWith("001");
		assertThat(SalesforceIds.to18(id.substring(0, 15))).isEqualTo(id);
		JsonNode record = wire.get(Wire.V + "/sobjects/Account/" + id).json();
		assertThat(record.path("attributes").path("type").asString()).isEqualTo("Account");
		assertThat(record.path("attributes").path("url").asString()).isEqualTo(Wire.V + "/sobjects/Account/" + id);
		assertThat(record.path("Name").asString()).isEqualTo("Wire Test Ltd");
		assertThat(record.path("c2g__CODACreditLimit__c").decimalValue()).isEqualByComparingTo("1234.5");
		assertThat(record.path("CreatedDate").asString()).isEqualTo("2026-03-15T10:00:00.000+0000");
		assertThat(record.path("SystemModstamp").asString()).isEqualTo("2026-03-15T10:00:00.000+0000");
		assertThat(record.path("CreatedById").asString()).startsWith("005");
		assertThat(record.path("OwnerId").asString()).isEqualTo(record.path("CreatedById").asString());
		assertThat(record.path("IsDeleted").asBoolean()).isFalse();
		assertThat(record.path("CurrencyIsoCode").asString()).isEqualTo("USD");
		assertThat(record.path("Phone").isNull()).isTrue();
		JsonNode some = wire.get(Wire.V + "/sobjects/Account/" + id + "?fields=Name,Industry").json();
		assertThat(some.propertyNames()).containsExactly("attributes", "Name", "Industry");
		assertThat(wire.get(Wire.V + "/sobjects/Account/" + id + "?fields=Bacon__c").errorCode())
			.isEqualTo("INVALID_FIELD");
		assertThat(wire.patch(Wire.V + "/sobjects/Account/" + id, "{\"Industry\":\"Retail\"}").status()).isEqualTo(204);
		assertThat(wire.get(Wire.V + "/sobjects/Account/" + id + "?fields=Industry").json().path("Industry").asString())
			.isEqualTo("Retail");
		assertThat(wire.delete(Wire.V + "/sobjects/Account/" + id).status()).isEqualTo(204);
		Wire.Response gone = wire.get(Wire.V + "/sobjects/Account/" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(gone.message()).isEqualTo("The requested resource does not exist");
		Wire.Response again = wire.delete(Wire.V + "/sobjects/Account/" + id);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.errorCode()).isEqualTo("ENTITY_IS_DELETED");
		assertThat(wire.query("SELECT Id FROM Account WHERE Id = '" + id + "'").json().path("totalSize").asInt())
			.isZero();
		JsonNode recycled = wire.get(Wire.V + "/queryAll?q=SELECT+Id,IsDeleted+FROM+Account+WHERE+Id+=+'" + id + "'")
			.json();
		assertThat(recycled.path("totalSize").asInt()).isEqualTo(1);
		assertThat(recycled.path("records").get(0).path("IsDeleted").asBoolean()).isTrue();
	}

	@Test
	void httpMethodOverrideTurnsPostIntoPatch() {
		String id = wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"Override Co\"}").json().path("id").asString();
		assertThat(wire.post(Wire.V + "/sobjects/Account/" + id + "?_HttpMethod=PATCH", "{\"Name\":\"Overridden Co\"}")
			.status()).isEqualTo(204);
		assertThat(emulator.value(id, "Name")).isEqualTo("Overridden Co");
	}

	@Test
	void createValidatesAsTheOrgDoes() {
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Industry\":\"Energy\"}"), "REQUIRED_FIELD_MISSING",
				"Required fields are missing: [Name]", "Name");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"X\",\"Bacon__c\":1}"), "INVALID_FIELD",
				"No such column 'Bacon__c' on sobject of type Account", "Bacon__c");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"" + "x".repeat(256) + "\"}"),
				"STRING_TOO_LONG", "Account Name: data value too large: " + "x".repeat(37) + "... (max length=255)",
				"Name");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"X\",\"Industry\":\"Piracy\"}"),
				"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Industry: bad value for restricted picklist field: Piracy",
				"Industry");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"X\",\"NumberOfEmployees\":\"many\"}"),
				"JSON_PARSER_ERROR", null, "NumberOfEmployees");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"X\",\"c2g__CODACreditLimit__c\":1e20}"),
				"NUMBER_OUTSIDE_VALID_RANGE", null, "c2g__CODACreditLimit__c");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"X\",\"CreatedDate\":\"2020-01-01T00:00:00Z\"}"),
				"INVALID_FIELD_FOR_INSERT_UPDATE", null, "CreatedDate");
		assertError(wire.post(Wire.V + "/sobjects/Contact", "{\"LastName\":\"X\",\"AccountId\":\"" + SalesforceIds.id("001", 99_999) + "\"}"),
				"INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", "AccountId");
		assertError(wire.post(Wire.V + "/sobjects/Contact", "{\"LastName\":\"X\",\"AccountId\":\"" + SalesforceIds.id("003", 1) + "\"}"),
				"FIELD_INTEGRITY_EXCEPTION", null, "AccountId");
		assertError(wire.post(Wire.V + "/sobjects/Contact", "{\"LastName\":\"X\",\"Email\":\"not-an-email\"}"),
				"INVALID_EMAIL_ADDRESS", null, "Email");
		assertError(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":"), "JSON_PARSER_ERROR", null);
		assertError(wire.post(Wire.V + "/sobjects/c2g__codaInvoice__c", "{\"c2g__Account__c\":\"" + accountId()
				+ "\",\"c2g__NetTotal__c\":5}"), "INVALID_FIELD_FOR_INSERT_UPDATE", null, "c2g__NetTotal__c");
		String existing = wire.query("SELECT c2g__CODAExternalId__c FROM Account WHERE c2g__CODAExternalId__c != null LIMIT 1")
			.json().path("records").get(0).path("c2g__CODAExternalId__c").asString();
		Wire.Response duplicate = wire.post(Wire.V + "/sobjects/Account",
				"{\"Name\":\"Dup\",\"c2g__CODAExternalId__c\":\"" + existing.toLowerCase() + "\"}");
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.errorCode()).isEqualTo("DUPLICATE_VALUE");
		assertThat(duplicate.message()).startsWith("duplicate value found: c2g__CODAExternalId__c duplicates value on record with id: 001");
	}

	@Test
	void validationRulesAnswerFieldCustomValidationException() {
		assertError(wire.post(Wire.V + "/sobjects/pse__Proj__c", "{\"Name\":\"Backwards\",\"pse__Start_Date__c\":"
				+ "\"2026-05-01\",\"pse__End_Date__c\":\"2026-04-01\"}"), "FIELD_CUSTOM_VALIDATION_EXCEPTION",
				"The project start date must be before its end date.", "pse__Start_Date__c");
		Wire.Response created = wire.post(Wire.V + "/sobjects/pse__Proj__c", "{\"Name\":\"Forwards\","
				+ "\"pse__Start_Date__c\":\"2026-04-01\",\"pse__End_Date__c\":\"2026-05-01\"}");
		assertThat(created.status()).isEqualTo(201);
		assertError(wire.patch(Wire.V + "/sobjects/pse__Proj__c/" + created.json().path("id").asString(),
				"{\"pse__End_Date__c\":\"2026-03-01\"}"), "FIELD_CUSTOM_VALIDATION_EXCEPTION", null,
				"pse__Start_Date__c");
	}

	@Test
	void upsertByExternalIdCreatesThenUpdates() {
		String path = Wire.V + "/sobjects/Account/c2g__CODAExternalId__c/UPSERT-1";
		Wire.Response created = wire.patch(path, "{\"Name\":\"Upsert One\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("created").asBoolean()).isTrue();
		String id = created.json().path("id").asString();
		Wire.Response updated = wire.patch(path, "{\"Name\":\"Upsert One Renamed\"}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("created").asBoolean()).isFalse();
		assertThat(updated.json().path("id").asString()).isEqualTo(id);
		assertThat(emulator.value(id, "Name")).isEqualTo("Upsert One Renamed");
		assertThat(wire.get(path).json().path("Id").asString()).isEqualTo(id);
		Wire.Response old = wire.send(wire.request("/services/data/v45.0/sobjects/Account/c2g__CODAExternalId__c/UPSERT-1")
			.header("Content-Type", "application/json")
			.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"Phone\":\"1\"}")), null);
		assertThat(old.status()).as("before v46 an update answers 204").isEqualTo(204);
		Wire.Response badField = wire.patch(Wire.V + "/sobjects/Account/Bogus__c/1", "{\"Name\":\"X\"}");
		assertThat(badField.status()).isEqualTo(404);
		assertThat(badField.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(wire.patch(Wire.V + "/sobjects/Account/c2g__CODAExternalId__c/UPSERT-2?updateOnly=true",
				"{\"Name\":\"X\"}").status()).isEqualTo(404);
	}

	@Test
	void upsertOnSeveralMatchesAnswers300() {
		emulator.loadJson("""
				{"objects":[{"name":"Legacy_Ref__c","label":"Legacy Ref","keyPrefix":"a7L","fields":[
				  {"name":"Name","type":"string","length":80,"nillable":false},
				  {"name":"Code__c","type":"string","length":20,"externalId":true,"unique":false}]}],
				 "records":[{"attributes":{"type":"Legacy_Ref__c"},"Name":"a","Code__c":"SAME"},
				            {"attributes":{"type":"Legacy_Ref__c"},"Name":"b","Code__c":"SAME"}]}""");
		Wire.Response response = wire.patch(Wire.V + "/sobjects/Legacy_Ref__c/Code__c/SAME", "{\"Name\":\"c\"}");
		assertThat(response.status()).isEqualTo(300);
		assertThat(response.json().size()).isEqualTo(2);
		assertThat(response.json().get(0).asString()).startsWith(Wire.V + "/sobjects/Legacy_Ref__c/a7L");
		assertThat(wire.get(Wire.V + "/sobjects/Legacy_Ref__c/Code__c/SAME").status()).isEqualTo(300);
	}

	@Test
	void invoiceTotalsFollowTheLines() {
		String invoice = wire.post(Wire.V + "/sobjects/c2g__codaInvoice__c",
				"{\"c2g__Account__c\":\"" + accountId() + "\",\"c2g__InvoiceDate__c\":\"2026-03-01\"}")
			.json().path("id").asString();
		assertThat(emulator.value(invoice, "c2g__NetTotal__c")).isEqualTo(new BigDecimal("0.00"));
		assertThat(emulator.value(invoice, "c2g__InvoiceStatus__c")).isEqualTo("In Progress");
		String line1 = line(invoice, "2", "10.50", "4.20");
		line(invoice, "1", "100", "20");
		assertThat(emulator.value(invoice, "c2g__NetTotal__c")).isEqualTo(new BigDecimal("121.00"));
		assertThat(emulator.value(invoice, "c2g__InvoiceTotal__c")).isEqualTo(new BigDecimal("145.20"));
		assertThat(wire.patch(Wire.V + "/sobjects/c2g__codaInvoiceLineItem__c/" + line1, "{\"c2g__Quantity__c\":3}")
			.status()).isEqualTo(204);
		assertThat(emulator.value(line1, "c2g__NetValue__c")).isEqualTo(new BigDecimal("31.50"));
		assertThat(emulator.value(invoice, "c2g__NetTotal__c")).isEqualTo(new BigDecimal("131.50"));
		assertThat(wire.delete(Wire.V + "/sobjects/c2g__codaInvoiceLineItem__c/" + line1).status()).isEqualTo(204);
		assertThat(emulator.value(invoice, "c2g__NetTotal__c")).isEqualTo(new BigDecimal("100.00"));
		JsonNode queried = wire.query("SELECT c2g__NetTotal__c, (SELECT c2g__NetValue__c FROM c2g__InvoiceLineItems__r) "
				+ "FROM c2g__codaInvoice__c WHERE Id = '" + invoice + "'").json().path("records").get(0);
		assertThat(queried.path("c2g__NetTotal__c").decimalValue()).isEqualByComparingTo("100");
		assertThat(queried.path("c2g__InvoiceLineItems__r").path("totalSize").asInt()).isEqualTo(1);
		assertThat(wire.delete(Wire.V + "/sobjects/c2g__codaInvoice__c/" + invoice).status()).isEqualTo(204);
		assertThat(wire.query("SELECT COUNT() FROM c2g__codaInvoiceLineItem__c WHERE c2g__Invoice__c = '" + invoice + "'")
			.json().path("totalSize").asInt()).as("master-detail children are deleted with the master").isZero();
	}

	@Test
	void anAccountWithInvoicesCannotBeDeleted() {
		String account = wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"Invoiced Ltd\"}").json().path("id").asString();
		String invoice = wire.post(Wire.V + "/sobjects/c2g__codaInvoice__c", "{\"c2g__Account__c\":\"" + account + "\"}")
			.json().path("id").asString();
		Wire.Response refused = wire.delete(Wire.V + "/sobjects/Account/" + account);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("DELETE_FAILED");
		assertThat(refused.message()).contains(invoice);
		assertThat(emulator.value(account, "IsDeleted")).isEqualTo(false);
		String contact = wire.post(Wire.V + "/sobjects/Contact", "{\"LastName\":\"Linked\",\"AccountId\":\"" + account + "\"}")
			.json().path("id").asString();
		wire.delete(Wire.V + "/sobjects/c2g__codaInvoice__c/" + invoice);
		assertThat(wire.delete(Wire.V + "/sobjects/Account/" + account).status()).isEqualTo(204);
		assertThat(emulator.value(contact, "AccountId")).as("optional lookups are cleared").isNull();
	}

	private String line(String invoice, String quantity, String unitPrice, String tax) {
		Wire.Response response = wire.post(Wire.V + "/sobjects/c2g__codaInvoiceLineItem__c",
				"{\"c2g__Invoice__c\":\"" + invoice + "\",\"c2g__Quantity__c\":" + quantity + ",\"c2g__UnitPrice__c\":"
						+ unitPrice + ",\"c2g__TaxValue1__c\":" + tax + "}");
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	static String accountId() {
		return wire.query("SELECT Id FROM Account WHERE Type = 'Customer' ORDER BY Name LIMIT 1").json()
			.path("records").get(0).path("Id").asString();
	}

	static JsonNode field(JsonNode describe, String name) {
		for (JsonNode field : describe.path("fields")) {
			if (name.equals(field.path("name").asString())) {
				return field;
			}
		}
		throw new AssertionError("No field " + name);
	}

	static void assertError(Wire.Response response, String errorCode, String message, String... fields) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo(errorCode);
		if (message != null) {
			assertThat(response.message()).isEqualTo(message);
		}
		if (fields.length > 0) {
			assertThat(response.json().path(0).path("fields").findValuesAsString("fields")).isEmpty();
			assertThat(response.json().path(0).path("fields").get(0).asString()).isEqualTo(fields[0]);
		}
	}

}
