package io.financialforce.client;

import io.financialforce.InvalidFinancialForceApiUsageException;
import io.financialforce.InvalidFinancialForceResourceUsageException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of describe calls, the describe cache and the API version check.
 */
class FinancialForceClientDescribeTests {

	static final String INVOICE = """
			{"name":"c2g__codaInvoice__c","label":"Sales Invoice","labelPlural":"Sales Invoices","keyPrefix":"a0X",
			 "custom":true,"createable":true,"updateable":true,"deletable":true,"queryable":true,"urls":{},
			 "fields":[
			  {"name":"Id","label":"Record ID","type":"id","soapType":"tns:ID","length":18,"precision":0,"scale":0,
			   "nillable":false,"createable":false,"updateable":false,"filterable":true,"sortable":true,
			   "groupable":true,"unique":false,"externalId":false,"idLookup":true,"nameField":false,
			   "calculated":false,"custom":false,"defaultedOnCreate":true,"referenceTo":[],"relationshipName":null,
			   "picklistValues":[],"aggregatable":true,"byteLength":18},
			  {"name":"c2g__InvoiceStatus__c","label":"Invoice Status","type":"picklist","soapType":"xsd:string",
			   "length":255,"precision":0,"scale":0,"nillable":true,"createable":true,"updateable":true,
			   "filterable":true,"sortable":true,"groupable":true,"unique":false,"externalId":false,
			   "idLookup":false,"nameField":false,"calculated":false,"custom":true,"defaultedOnCreate":false,
			   "referenceTo":[],"relationshipName":null,"picklistValues":[
			     {"active":true,"defaultValue":true,"label":"In Progress","value":"In Progress","validFor":null},
			     {"active":true,"defaultValue":false,"label":"Complete","value":"Complete","validFor":null}]},
			  {"name":"c2g__Account__c","label":"Account","type":"reference","soapType":"tns:ID","length":18,
			   "precision":null,"scale":0,"nillable":false,"createable":true,"updateable":true,"filterable":true,
			   "sortable":true,"groupable":true,"unique":false,"externalId":false,"idLookup":false,
			   "nameField":false,"calculated":false,"custom":true,"defaultedOnCreate":false,
			   "referenceTo":["Account"],"relationshipName":"c2g__Account__r","picklistValues":[]},
			  {"name":"c2g__Street__c","type":"string","length":255,"compoundFieldName":"c2g__Address__c",
			   "restrictedPicklist":false,"autoNumber":false,"digits":0}],
			 "childRelationships":[{"childSObject":"c2g__codaInvoiceLineItem__c","field":"c2g__Invoice__c",
			   "relationshipName":"c2g__InvoiceLineItems__r","cascadeDelete":true,"deprecatedAndHidden":false}],
			 "recordTypeInfos":[{"name":"Master","developerName":"Master","recordTypeId":"012000000000000AAA",
			   "active":true,"available":true,"defaultRecordTypeMapping":true,"master":true,"urls":{}}]}
			""";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void describesObjectIntoTypedRecords() throws Exception {
		this.server.enqueue(json(INVOICE));
		FinancialForceClient client = MockApi.client(this.server).build();

		SObjectDescription invoice = client.describe("c2g__codaInvoice__c");

		assertThat(invoice.name()).isEqualTo("c2g__codaInvoice__c");
		assertThat(invoice.keyPrefix()).isEqualTo("a0X");
		assertThat(invoice.fields()).hasSize(4);
		assertThat(invoice.field("c2g__Street__c").orElseThrow().compoundFieldName()).isEqualTo("c2g__Address__c");
		assertThat(invoice.recordTypeInfos()).singleElement()
			.satisfies((recordType) -> assertThat(recordType.master()).isTrue());
		FieldDescription status = invoice.field("C2G__INVOICESTATUS__C").orElseThrow();
		assertThat(status.type()).isEqualTo("picklist");
		assertThat(status.picklistValues()).containsExactly(new PicklistValue("In Progress", "In Progress", true, true),
				new PicklistValue("Complete", "Complete", true, false));
		FieldDescription account = invoice.field("c2g__Account__c").orElseThrow();
		assertThat(account.referenceTo()).containsExactly("Account");
		assertThat(account.relationshipName()).isEqualTo("c2g__Account__r");
		assertThat(account.precision()).isZero();
		assertThat(invoice.field("Id").orElseThrow().aggregatable()).isTrue();
		assertThat(invoice.childRelationships()).containsExactly(new ChildRelationship("c2g__codaInvoiceLineItem__c",
				"c2g__Invoice__c", "c2g__InvoiceLineItems__r", true));
		assertThat(take(this.server).getTarget()).isEqualTo(BASE + "/sobjects/c2g__codaInvoice__c/describe");
	}

	@Test
	void cachesDescribeAndRevalidatesWithIfModifiedSince() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.addHeader("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT")
			.body(INVOICE)
			.build());
		this.server.enqueue(new MockResponse.Builder().code(304).build());
		FinancialForceClient client = MockApi.client(this.server).build();

		SObjectDescription first = client.describe("c2g__codaInvoice__c");
		SObjectDescription cached = client.describe("C2G__CODAINVOICE__C");
		SObjectDescription revalidated = client.refreshDescription("c2g__codaInvoice__c");

		assertThat(cached).isSameAs(first);
		assertThat(revalidated).isSameAs(first);
		assertThat(client.requestCount(RequestKind.DESCRIBE)).isEqualTo(2);
		assertThat(take(this.server).getHeaders().get("If-Modified-Since")).isNull();
		assertThat(take(this.server).getHeaders().get("If-Modified-Since")).isEqualTo("Wed, 25 Nov 2026 10:00:00 GMT");
	}

	@Test
	void describesGlobally() throws Exception {
		this.server.enqueue(json("""
				{"encoding":"UTF-8","maxBatchSize":200,"sobjects":[
				 {"name":"Account","label":"Account","labelPlural":"Accounts","keyPrefix":"001","custom":false,
				  "createable":true,"updateable":true,"deletable":true,"queryable":true,"urls":{}},
				 {"name":"c2g__codaCompany__c","label":"Company","labelPlural":"Companies","keyPrefix":"a0A",
				  "custom":true,"createable":false,"updateable":true,"deletable":false,"queryable":true}]}
				"""));
		FinancialForceClient client = MockApi.client(this.server).build();

		GlobalDescription global = client.describeGlobal();

		assertThat(global.maxBatchSize()).isEqualTo(200);
		assertThat(global.sobject("C2G__CODACOMPANY__C")).hasValueSatisfying((company) -> {
			assertThat(company.custom()).isTrue();
			assertThat(company.createable()).isFalse();
		});
		assertThat(take(this.server).getTarget()).isEqualTo(BASE + "/sobjects");
	}

	@Test
	void unknownObjectIsResourceUsageError() {
		this.server.enqueue(json(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
				+ " exist\"}]"));
		this.server.enqueue(json(400, "[{\"errorCode\":\"INVALID_TYPE\",\"message\":\"sObject type 'Foo__c' is not"
				+ " supported.\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(io.financialforce.FinancialForceNotFoundException.class)
			.isThrownBy(() -> client.describe("Foo__c"));
		assertThatExceptionOfType(InvalidFinancialForceResourceUsageException.class)
			.isThrownBy(() -> client.describe("Foo__c"))
			.withMessageContaining("INVALID_TYPE")
			.withMessageContaining("namespace");
	}

	@Test
	void rejectsBadObjectNamesBeforeAnyCall() {
		FinancialForceClient client = MockApi.client(this.server).build();

		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> client.describe("Account/../../x"))
			.withMessageContaining("not a valid sObject name");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void checksApiVersionAgainstTheOrg() {
		String versions = "[{\"label\":\"Spring '24\",\"url\":\"/services/data/v60.0\",\"version\":\"60.0\"},"
				+ "{\"label\":\"Summer '25\",\"url\":\"/services/data/v64.0\",\"version\":\"64.0\"}]";
		this.server.enqueue(json(versions));
		this.server.enqueue(json(versions));

		assertThat(MockApi.client(this.server).apiVersion("v64.0").build().checkApiVersion().label())
			.isEqualTo("Summer '25");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> MockApi.client(this.server).build().checkApiVersion())
			.withMessage("The org does not serve API version 65.0; it serves 60.0 to 64.0. Configure one of those.");
	}

	@Test
	void rejectsMalformedApiVersion() {
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> MockApi.client(this.server).apiVersion("65"))
			.withMessageContaining("65.0 or v65.0");
	}

}
