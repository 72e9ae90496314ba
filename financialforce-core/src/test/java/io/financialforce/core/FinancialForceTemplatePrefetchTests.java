package io.financialforce.core;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryOptions;
import io.financialforce.core.TemplateFixtures.Invoice;
import io.financialforce.core.convert.RecordReadException;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How {@link FinancialForceTemplate} reads pages ahead: list reads always (they read every page), streams only when
 * asked to (a stream closed early must not have paid for a page it never read).
 */
class FinancialForceTemplatePrefetchTests {

	private static final String BASE = "/services/data/v65.0";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void findRequestsTheSecondPageBeforeTheRecordsOfTheFirstAreRead() throws Exception {
		CountDownLatch firstPageRecords = new CountDownLatch(1);
		this.server.enqueue(latchedPage(BASE + "/query/01g-2", firstPageRecords, 1, 2));
		this.server.enqueue(json(page(null, 3)));
		FinancialForceTemplate template = template();

		CompletableFuture<List<Invoice>> invoices = CompletableFuture
			.supplyAsync(() -> template.find(Query.empty().columns("id", "name"), Invoice.class));
		take();
		RecordedRequest second = take();
		boolean firstPageWasStillUnread = !invoices.isDone();
		firstPageRecords.countDown();

		assertThat(second.getTarget()).isEqualTo(BASE + "/query/01g-2");
		assertThat(firstPageWasStillUnread).isTrue();
		assertThat(invoices.get(5, TimeUnit.SECONDS)).extracting(Invoice::name)
			.containsExactly("SIN1", "SIN2", "SIN3");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aStreamStoppedAfterItsFirstRecordCostsOneRequest() {
		this.server.enqueue(json(page(BASE + "/query/01g-2", 1, 2)));
		FinancialForceTemplate template = template();

		Optional<Invoice> first;
		try (Stream<Invoice> invoices = template.stream(Query.empty().columns("id", "name"), Invoice.class)) {
			first = invoices.findFirst();
		}

		assertThat(first).map(Invoice::name).hasValue("SIN1");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aStreamReadsAheadWhenTheQueryOptionsAskForIt() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", 1)));
		this.server.enqueue(json(page(null, 2)));
		FinancialForceTemplate template = template();
		template.setQueryOptions(QueryOptions.DEFAULTS.withPrefetch());

		try (Stream<Invoice> invoices = template.stream(Query.empty().columns("id", "name"), Invoice.class)) {
			take();
			assertThat(take().getTarget()).isEqualTo(BASE + "/query/01g-2");
			assertThat(invoices.map(Invoice::name)).containsExactly("SIN1", "SIN2");
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aBadValueOnAPrefetchedPageFailsTheReadWithTheRecordNamed() {
		this.server.enqueue(json(page(BASE + "/query/01g-2", 1)));
		this.server.enqueue(json("{\"totalSize\":2,\"done\":true,\"records\":[{\"attributes\":{\"type\":"
				+ "\"c2g__codaInvoice__c\"},\"Id\":\"a0I000000000002AAA\",\"c2g__NetTotal__c\":\"lots\"}]}"));

		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> template().find(Query.empty().columns("id", "netTotal"), Invoice.class))
			.withMessageContaining("c2g__NetTotal__c")
			.withMessageContaining("'lots' is not a number");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	private FinancialForceTemplate template() {
		URI instance = URI.create("http://" + this.server.getHostName() + ":" + this.server.getPort());
		FinancialForceClient client = FinancialForceClient
			.builder(new AccessTokenAuthenticator("00Dxx!token".toCharArray(), instance))
			.build();
		return new FinancialForceTemplate(client, new FinancialForceMappingContext());
	}

	private RecordedRequest take() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		assertThat(request).as("a request").isNotNull();
		return request;
	}

	private static String head(String next, int size) {
		return "{\"totalSize\":" + size + ",\"done\":" + (next == null)
				+ ((next != null) ? ",\"nextRecordsUrl\":\"" + next + "\"" : "") + ",\"records\":[";
	}

	private static String records(int... numbers) {
		StringBuilder records = new StringBuilder();
		for (int number : numbers) {
			records.append((records.length() > 0) ? "," : "")
				.append("{\"attributes\":{\"type\":\"c2g__codaInvoice__c\"},\"Id\":\"a0I00000000000")
				.append(number)
				.append("AAA\",\"Name\":\"SIN")
				.append(number)
				.append("\"}");
		}
		return records.toString();
	}

	private static String page(String next, int... numbers) {
		return head(next, 3) + records(numbers) + "]}";
	}

	private static MockResponse latchedPage(String next, CountDownLatch latch, int... numbers) {
		byte[] first = head(next, 3).getBytes(StandardCharsets.UTF_8);
		byte[] rest = (records(numbers) + "]}").getBytes(StandardCharsets.UTF_8);
		return new MockResponse.Builder().addHeader("Content-Type", "application/json")
			.body(new MockResponseBody() {

				@Override
				public long getContentLength() {
					return first.length + rest.length;
				}

				@Override
				public void writeTo(BufferedSink sink) throws IOException {
					sink.write(first).flush();
					try {
						latch.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					sink.write(rest).flush();
				}

			})
			.build();
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

}
