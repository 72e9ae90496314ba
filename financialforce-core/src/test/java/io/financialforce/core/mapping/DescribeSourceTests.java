package io.financialforce.core.mapping;

import java.net.URI;
import java.time.LocalDate;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DescribeSourceTests {

	private static final String DESCRIBE = """
			{"name":"c2g__codaInvoice__c","label":"Sales Invoice","labelPlural":"Sales Invoices","keyPrefix":"a0X",
			 "custom":true,"createable":true,"updateable":true,"deletable":true,"queryable":true,
			 "fields":[
			  {"name":"Id","label":"Record ID","type":"id","soapType":"tns:ID","length":18,"precision":0,"scale":0,
			   "nillable":false,"createable":false,"updateable":false,"filterable":true,"sortable":true,
			   "groupable":true,"unique":false,"externalId":false,"idLookup":true,"nameField":false,
			   "calculated":false,"custom":false,"defaultedOnCreate":true,"referenceTo":[],"relationshipName":null,
			   "picklistValues":[]},
			  {"name":"c2g__DueDate__c","label":"Due Date","type":"date","soapType":"xsd:date","length":0,
			   "precision":0,"scale":0,"nillable":true,"createable":true,"updateable":true,"filterable":true,
			   "sortable":true,"groupable":true,"unique":false,"externalId":false,"idLookup":false,"nameField":false,
			   "calculated":false,"custom":true,"defaultedOnCreate":false,"referenceTo":[],"relationshipName":null,
			   "picklistValues":[]}],
			 "childRelationships":[]}""";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void checksMappingsAgainstTheClientsDescribeOncePerType() {
		this.server.enqueue(json(200, DESCRIBE));
		FinancialForceMappingContext context = new FinancialForceMappingContext();
		context.setDescribeSource(DescribeSource.of(client()));
		assertThat(context.getRequiredPersistentEntity(Invoice.class).getDescription().name())
			.isEqualTo("c2g__codaInvoice__c");
		context.getRequiredPersistentEntity(Invoice.class);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void answersNullForAnSObjectTheOrgDoesNotHave() {
		this.server.enqueue(json(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
				+ " exist\"}]"));
		this.server.enqueue(json(200, """
				{"encoding":"UTF-8","maxBatchSize":200,"sobjects":[
				 {"name":"Account","label":"Account","keyPrefix":"001","custom":false,"createable":true,
				  "updateable":true,"deletable":true,"queryable":true},
				 {"name":"Missing__c","label":"Missing","keyPrefix":"a01","custom":true,"createable":true,
				  "updateable":true,"deletable":true,"queryable":true}]}"""));
		FinancialForceMappingContext context = new FinancialForceMappingContext();
		context.setDescribeSource(DescribeSource.of(client()));
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> context.getPersistentEntity(Missing.class))
			.withMessageContaining("the org has no sObject Misssing__c (or the user cannot see it); did you mean"
					+ " Missing__c?");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	private FinancialForceClient client() {
		URI instance = URI.create("http://" + this.server.getHostName() + ":" + this.server.getPort());
		return FinancialForceClient.builder(new AccessTokenAuthenticator("00Dxx!token".toCharArray(), instance))
			.build();
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(String id, @SObjectField("c2g__DueDate__c") LocalDate dueDate) {
	}

	@SObject("Misssing__c")
	record Missing(String id) {
	}

}
