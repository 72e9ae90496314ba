package io.financialforce.core;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.TemplateFixtures.Customer;
import io.financialforce.core.TemplateFixtures.Invoice;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FinancialForceTemplate} on the wire: the exact requests it sends and how it follows what the API answers.
 */
class FinancialForceTemplateWireTests {

	private static final String BASE = "/services/data/v65.0";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void sendsOneEscapedQueryAndReadsChildPagesTheParentPageCouldNotHold() throws Exception {
		this.server.enqueue(json("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":"
				+ "\"c2g__codaInvoice__c\"},\"Id\":\"a0I000000000001AAA\",\"Name\":\"SIN000001\","
				+ "\"c2g__InvoiceLineItems__r\":{\"totalSize\":3,\"done\":false,\"nextRecordsUrl\":\"" + BASE
				+ "/query/01gXX-2\",\"records\":[" + line(1) + "," + line(2) + "]}}]}"));
		this.server.enqueue(json("{\"totalSize\":3,\"done\":true,\"records\":[" + line(3) + "]}"));

		List<Invoice> invoices = template().find(Query.query(where("name").is("O'Brien")).include("lines"),
				Invoice.class);

		assertThat(invoices).singleElement().satisfies((invoice) -> assertThat(invoice.lines()).hasSize(3));
		RecordedRequest query = this.server.takeRequest();
		assertThat(query.getMethod()).isEqualTo("GET");
		assertThat(URLDecoder.decode(query.getTarget(), StandardCharsets.UTF_8)).isEqualTo(BASE + "/query?q=SELECT Id,"
				+ " Name, c2g__Account__c, c2g__InvoiceStatus__c, c2g__DueDate__c, c2g__NetTotal__c, Tags__c,"
				+ " c2g__ExternalId__c, (SELECT Id, c2g__Quantity__c, c2g__UnitPrice__c FROM c2g__InvoiceLineItems__r)"
				+ " FROM c2g__codaInvoice__c WHERE Name = 'O\\'Brien'");
		assertThat(this.server.takeRequest().getTarget()).isEqualTo(BASE + "/query/01gXX-2");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void insertAllSendsCollectionsOfAtMostTwoHundred() throws Exception {
		StringBuilder results = new StringBuilder("[");
		for (int i = 0; i < 200; i++) {
			results.append((i > 0) ? "," : "").append("{\"id\":\"001000000000").append(String.format("%03d", i))
				.append("AAA\",\"success\":true,\"errors\":[]}");
		}
		this.server.enqueue(json(results.append("]").toString()));
		this.server.enqueue(json("[{\"id\":\"001000000000200AAA\",\"success\":true,\"errors\":[]}]"));
		List<TemplateFixtures.Customer> customers = java.util.stream.IntStream.range(0, 201)
			.mapToObj((i) -> new TemplateFixtures.Customer(null, "C" + i, null))
			.toList();

		List<TemplateFixtures.Customer> saved = template().insertAll(customers);

		assertThat(saved).extracting(TemplateFixtures.Customer::id).endsWith("001000000000200AAA");
		RecordedRequest first = this.server.takeRequest();
		assertThat(first.getMethod()).isEqualTo("POST");
		assertThat(first.getTarget()).isEqualTo(BASE + "/composite/sobjects");
		assertThat(first.getBody().utf8()).startsWith("{\"allOrNone\":false,\"records\":[{\"attributes\":{\"type\":"
				+ "\"Customer\"},\"Name\":\"C0\"}");
		assertThat(this.server.takeRequest().getBody().utf8()).contains("\"Name\":\"C200\"").doesNotContain("C199");
	}

	@Test
	void streamsHandWrittenSoqlWithEscapedParametersOnePageAtATime() throws Exception {
		this.server.enqueue(json("{\"totalSize\":3,\"done\":false,\"nextRecordsUrl\":\"" + BASE
				+ "/query/01gXX-2\",\"records\":[" + customer(1) + "," + customer(2) + "]}"));
		this.server.enqueue(json("{\"totalSize\":3,\"done\":true,\"records\":[" + customer(3) + "]}"));

		try (Stream<Customer> customers = template().stream("SELECT Id, Name FROM Account WHERE Name != :name",
				Map.of("name", "O'Brien"), Customer.class)) {
			Iterator<Customer> rows = customers.iterator();
			assertThat(rows.next().name()).isEqualTo("C1");
			assertThat(rows.next().name()).isEqualTo("C2");
			assertThat(this.server.getRequestCount()).isEqualTo(1);
			assertThat(rows.next().name()).isEqualTo("C3");
			assertThat(rows.hasNext()).isFalse();
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(URLDecoder.decode(this.server.takeRequest().getTarget(), StandardCharsets.UTF_8))
			.isEqualTo(BASE + "/query?q=SELECT Id, Name FROM Account WHERE Name != 'O\\'Brien'");
		assertThat(this.server.takeRequest().getTarget()).isEqualTo(BASE + "/query/01gXX-2");
	}

	@Test
	void closingAStreamOfHandWrittenSoqlReadsNoFurtherPage() {
		this.server.enqueue(json("{\"totalSize\":3,\"done\":false,\"nextRecordsUrl\":\"" + BASE
				+ "/query/01gXX-2\",\"records\":[" + customer(1) + "," + customer(2) + "]}"));
		this.server.enqueue(json("{\"totalSize\":3,\"done\":true,\"records\":[" + customer(3) + "]}"));

		Stream<Customer> customers = template().stream("SELECT Id, Name FROM Account", Map.of(), Customer.class);
		Iterator<Customer> rows = customers.iterator();
		rows.next();
		rows.next();
		customers.close();

		assertThat(rows.hasNext()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void findsByIdWithOneRetrieveOfTheMappedFields() throws Exception {
		this.server.enqueue(json(customer(1)));

		assertThat(template().findById("001000000000001AAA", Customer.class))
			.contains(new Customer("001000000000001AAA", "C1", null));

		RecordedRequest retrieve = this.server.takeRequest();
		assertThat(retrieve.getMethod()).isEqualTo("GET");
		assertThat(URLDecoder.decode(retrieve.getTarget(), StandardCharsets.UTF_8))
			.isEqualTo(BASE + "/sobjects/Customer/001000000000001AAA?fields=Id,Name,Industry");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void findsNothingByIdWhenTheRetrieveAnswersNotFound() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(404)
			.addHeader("Content-Type", "application/json")
			.body("[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]")
			.build());

		assertThat(template().findById("001000000000009AAA", Customer.class)).isEmpty();

		assertThat(this.server.takeRequest().getTarget()).startsWith(BASE + "/sobjects/Customer/001000000000009AAA?");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	private FinancialForceTemplate template() {
		URI instance = URI.create("http://" + this.server.getHostName() + ":" + this.server.getPort());
		FinancialForceClient client = FinancialForceClient
			.builder(new AccessTokenAuthenticator("00Dxx!token".toCharArray(), instance))
			.build();
		return new FinancialForceTemplate(client, new FinancialForceMappingContext());
	}

	private static String customer(int number) {
		return "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"00100000000000" + number + "AAA\",\"Name\":\"C"
				+ number + "\"}";
	}

	private static String line(int number) {
		return "{\"attributes\":{\"type\":\"c2g__codaInvoiceLineItem__c\"},\"Id\":\"a0J00000000000" + number
				+ "AAA\",\"c2g__Quantity__c\":" + number + ",\"c2g__UnitPrice__c\":10.50}";
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

}
