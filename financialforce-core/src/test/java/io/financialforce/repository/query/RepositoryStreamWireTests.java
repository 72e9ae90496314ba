package io.financialforce.repository.query;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.SObject;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.FluentQuery.FetchableFluentQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of repository {@code Stream} on the wire, over a result of three pages of 2,000 rows: a page is
 * requested only when the stream reaches it, and closing the stream releases the query cursor.
 */
class RepositoryStreamWireTests {

	private static final String BASE = "/services/data/v65.0";

	private static final int PAGE = 2_000;

	private static final int PAGES = 3;

	@StartStop
	final MockWebServer server = new MockWebServer();

	private InvoiceRepository repository;

	@BeforeEach
	void createRepository() {
		URI instance = URI.create("http://" + this.server.getHostName() + ":" + this.server.getPort());
		FinancialForceClient client = FinancialForceClient
			.builder(new AccessTokenAuthenticator("00Dxx!token".toCharArray(), instance))
			.build();
		FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();
		this.repository = new FinancialForceRepositoryFactory(new FinancialForceTemplate(client, mappingContext),
				mappingContext)
			.getRepository(InvoiceRepository.class);
	}

	static Stream<Named<StreamCall>> streams() {
		return Stream.of(
				Named.of("@Query of entities", new StreamCall(InvoiceRepository::queried, false)),
				Named.of("@Query of an interface projection", new StreamCall(InvoiceRepository::queriedNames, false)),
				Named.of("@Query of an aggregate record", new StreamCall(InvoiceRepository::totalsByStatus, true)),
				Named.of("derived with Sort and Limit",
						new StreamCall((repository) -> repository.streamByNameNotNull(Sort.by("name"), Limit.of(6_000)),
								false)),
				Named.of("derived of an interface projection",
						new StreamCall(InvoiceRepository::streamNamesByNameNotNullOrderByName, false)),
				Named.of("derived of a DTO projection",
						new StreamCall(InvoiceRepository::streamSummariesByNameNotNullOrderByName, false)),
				Named.of("query by example",
						new StreamCall((repository) -> repository.findBy(Example.of(new Invoice(null, "SIN")),
								FetchableFluentQuery::stream), false)),
				Named.of("query by example of an interface projection",
						new StreamCall((repository) -> repository.findBy(Example.of(new Invoice(null, "SIN")),
								(query) -> query.as(InvoiceName.class).stream()), false)));
	}

	@ParameterizedTest
	@MethodSource("streams")
	void takingTheFirstRowRequestsOnlyTheFirstPage(StreamCall call) {
		enqueuePages(call.aggregate());
		try (Stream<?> rows = call.open(this.repository)) {
			assertThat(rows.findFirst()).isPresent();
		}
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("streams")
	void closingTheStreamReleasesTheCursor(StreamCall call) {
		enqueuePages(call.aggregate());
		Stream<?> rows = call.open(this.repository);
		Iterator<?> iterator = rows.iterator();
		for (int i = 0; i < PAGE; i++) {
			iterator.next();
		}
		rows.close();
		assertThat(iterator.hasNext()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("streams")
	void fullTraversalRequestsEveryPageOnce(StreamCall call) throws Exception {
		enqueuePages(call.aggregate());
		try (Stream<?> rows = call.open(this.repository)) {
			assertThat(rows.count()).isEqualTo(PAGE * PAGES);
		}
		assertThat(this.server.getRequestCount()).isEqualTo(PAGES);
		assertThat(URLDecoder.decode(this.server.takeRequest().getTarget(), StandardCharsets.UTF_8))
			.startsWith(BASE + "/query?q=SELECT ");
		assertThat(this.server.takeRequest().getTarget()).isEqualTo(BASE + "/query/01gXX-2000");
		assertThat(this.server.takeRequest().getTarget()).isEqualTo(BASE + "/query/01gXX-4000");
	}

	private void enqueuePages(boolean aggregate) {
		for (int page = 0; page < PAGES; page++) {
			StringBuilder body = new StringBuilder("{\"totalSize\":").append(PAGE * PAGES).append(",\"done\":")
				.append(page == PAGES - 1);
			if (page < PAGES - 1) {
				body.append(",\"nextRecordsUrl\":\"").append(BASE).append("/query/01gXX-").append((page + 1) * PAGE)
					.append('"');
			}
			body.append(",\"records\":[");
			for (int i = 0; i < PAGE; i++) {
				int number = page * PAGE + i;
				body.append((i > 0) ? "," : "").append(aggregate ? aggregateRow(number) : invoiceRow(number));
			}
			this.server.enqueue(new MockResponse.Builder().code(200)
				.addHeader("Content-Type", "application/json")
				.body(body.append("]}").toString())
				.build());
		}
	}

	private static String invoiceRow(int number) {
		return "{\"attributes\":{\"type\":\"c2g__codaInvoice__c\"},\"Id\":\"a0I" + String.format("%012d", number)
				+ "AAA\",\"Name\":\"SIN" + String.format("%06d", number) + "\"}";
	}

	private static String aggregateRow(int number) {
		return "{\"attributes\":{\"type\":\"AggregateResult\"},\"status\":\"S" + number + "\",\"total\":1}";
	}

	/** Opens one kind of stream; {@code aggregate} if its rows are aggregate results. */
	record StreamCall(Function<InvoiceRepository, Stream<?>> call, boolean aggregate) {

		Stream<?> open(InvoiceRepository repository) {
			return this.call.apply(repository);
		}

	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(@Id String id, String name) {
	}

	interface InvoiceName {

		String getName();

	}

	record InvoiceSummary(String name) {
	}

	record StatusTotal(String status, Integer total) {
	}

	interface InvoiceRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id, Name FROM c2g__codaInvoice__c ORDER BY Name")
		Stream<Invoice> queried();

		@Query("SELECT Name FROM c2g__codaInvoice__c ORDER BY Name")
		Stream<InvoiceName> queriedNames();

		@Query("SELECT c2g__InvoiceStatus__c status, COUNT(Id) total FROM c2g__codaInvoice__c "
				+ "GROUP BY c2g__InvoiceStatus__c")
		Stream<StatusTotal> totalsByStatus();

		Stream<Invoice> streamByNameNotNull(Sort sort, Limit limit);

		Stream<InvoiceName> streamNamesByNameNotNullOrderByName();

		Stream<InvoiceSummary> streamSummariesByNameNotNullOrderByName();

	}

}
