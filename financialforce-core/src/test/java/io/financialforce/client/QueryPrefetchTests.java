package io.financialforce.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonToken;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire tests of prefetching: the next page is requested as soon as the head of the current one names it, at most one
 * page ahead, cancelled when the cursor is closed, its failures surfacing at the record they belong to.
 */
class QueryPrefetchTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	final ExecutorService executor = Executors.newFixedThreadPool(2);

	/** Released by each test so that no latched body outlives it. */
	final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stopExecutor() throws InterruptedException {
		this.release.countDown();
		this.executor.shutdownNow();
		assertThat(this.executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
	}

	static String head(String next) {
		return "{\"totalSize\":5,\"done\":" + (next == null) + ((next != null) ? ",\"nextRecordsUrl\":\"" + next + "\"" : "")
				+ ",\"records\":[";
	}

	static String records(String... names) {
		StringBuilder records = new StringBuilder();
		for (String name : names) {
			records.append((records.length() > 0) ? "," : "")
				.append("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"")
				.append(name)
				.append("\"}");
		}
		return records.toString();
	}

	static String page(String next, String... names) {
		return head(next) + records(names) + "]}";
	}

	/** A page whose head is sent at once and whose records only once {@code latch} is released. */
	static MockResponse latchedPage(String next, CountDownLatch latch, String... names) {
		byte[] first = head(next).getBytes(StandardCharsets.UTF_8);
		byte[] rest = (records(names) + "]}").getBytes(StandardCharsets.UTF_8);
		MockResponseBody body = new MockResponseBody() {

			@Override
			public long getContentLength() {
				return first.length + rest.length;
			}

			@Override
			public void writeTo(BufferedSink sink) throws IOException {
				sink.write(first);
				sink.flush();
				try {
					latch.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				sink.write(rest);
				sink.flush();
			}

		};
		return new MockResponse.Builder().addHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	static final RecordReader<String> NAMES = (parser) -> {
		String name = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String property = parser.currentName();
			parser.nextToken();
			if (property.equals("Name")) {
				name = parser.getString();
				if (name.equals("Bad")) {
					throw new InvalidDataAccessResourceUsageException("Cannot read record " + name);
				}
			}
			else {
				parser.skipChildren();
			}
		}
		return name;
	};

	QueryCursor<String> query(FinancialForceClient client, QueryOptions options) {
		return client.query("SELECT Name FROM Account", NAMES, options);
	}

	@Test
	void requestsTheNextPageOnceTheHeadOfTheFirstNamesIt() throws Exception {
		CountDownLatch firstPageRecords = new CountDownLatch(1);
		this.server.enqueue(latchedPage(BASE + "/query/01g-2", firstPageRecords, "A", "B"));
		this.server.enqueue(json(page(null, "C")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(this.executor).build();

		CompletableFuture<List<String>> names = CompletableFuture
			.supplyAsync(() -> list(query(client, QueryOptions.DEFAULTS.withPrefetch())));
		take(this.server);
		RecordedRequest second = take(this.server);
		boolean firstPageWasStillUnread = !names.isDone();
		firstPageRecords.countDown();

		assertThat(second.getTarget()).isEqualTo(BASE + "/query/01g-2");
		assertThat(firstPageWasStillUnread).isTrue();
		assertThat(names.get(5, TimeUnit.SECONDS)).containsExactly("A", "B", "C");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void requestsAPageAheadWhileAPrefetchedPageIsStillBeingRead() throws Exception {
		CountDownLatch secondPageRecords = new CountDownLatch(1);
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(latchedPage(BASE + "/query/01g-3", secondPageRecords, "B"));
		this.server.enqueue(json(page(null, "C")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(this.executor).build();

		QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS.withPrefetch());
		assertThat(rows.next()).isEqualTo("A");
		CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> list(rows));
		take(this.server);
		take(this.server);
		RecordedRequest third = take(this.server);
		boolean secondPageWasStillUnread = !rest.isDone();
		secondPageRecords.countDown();

		assertThat(third.getTarget()).isEqualTo(BASE + "/query/01g-3");
		assertThat(secondPageWasStillUnread).isTrue();
		assertThat(rest.get(5, TimeUnit.SECONDS)).containsExactly("B", "C");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void requestsNoMoreThanOnePageBeyondTheOneIterationIsOn() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(json(page(BASE + "/query/01g-3", "B")));
		this.server.enqueue(json(page(BASE + "/query/01g-4", "C")));
		this.server.enqueue(json(page(null, "D")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(this.executor).build();

		try (QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS.withPrefetch())) {
			take(this.server);
			take(this.server);
			assertThat(this.server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
			assertThat(rows.next()).isEqualTo("A");
			assertThat(rows.next()).isEqualTo("B");
			take(this.server);
			assertThat(this.server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
			assertThat(list(rows)).containsExactly("C", "D");
		}
		assertThat(this.server.getRequestCount()).isEqualTo(4);
		assertThat(client.requestCount(RequestKind.QUERY_MORE)).isEqualTo(3);
	}

	@Test
	void closingEarlyCancelsThePageInFlightAndRequestsNoOther() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A", "B")));
		this.server.enqueue(latchedPage(BASE + "/query/01g-3", this.release, "C"));
		this.server.enqueue(json(page(null, "D")));
		ExecutorService single = Executors.newSingleThreadExecutor();
		try {
			FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(single).build();

			List<String> names;
			try (Stream<String> rows = query(client, QueryOptions.DEFAULTS.withPrefetch()).stream()) {
				names = rows.limit(1).toList();
				take(this.server);
				take(this.server);
			}

			single.shutdown();
			assertThat(single.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			assertThat(names).containsExactly("A");
			assertThat(this.server.getRequestCount()).isEqualTo(2);
		}
		finally {
			single.shutdownNow();
		}
	}

	@Test
	void closingWhileTheNextPageIsAwaitedAbortsItsRequestWithoutRetrying() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
			.body(page(null, "B"))
			.headersDelay(10, TimeUnit.SECONDS)
			.build());
		ExecutorService single = Executors.newSingleThreadExecutor();
		try {
			FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(single).build();

			QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS.withPrefetch());
			take(this.server);
			take(this.server);
			rows.close();

			single.shutdown();
			assertThat(single.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			assertThat(rows.hasNext()).isFalse();
			assertThat(this.server.getRequestCount()).isEqualTo(2);
			assertThat(client.requestCount(RequestKind.QUERY_MORE)).isEqualTo(1);
		}
		finally {
			single.shutdownNow();
		}
	}

	@Test
	void aRecordFailingOnAPrefetchedPageSurfacesAtThatRecord() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(json(page(BASE + "/query/01g-3", "B", "Bad", "C")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(this.executor).build();

		List<String> names = new ArrayList<>();
		QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS.withPrefetch());
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> rows.forEachRemaining(names::add))
			.withMessage("Cannot read record Bad");

		assertThat(names).containsExactly("A", "B");
		assertThat(rows.hasNext()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aRecordFailingWithoutPrefetchSurfacesAtThatRecordToo() {
		this.server.enqueue(json(page(null, "A", "Bad", "C")));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<String> names = new ArrayList<>();
		QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS);
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> rows.forEachRemaining(names::add));

		assertThat(names).containsExactly("A");
	}

	@Test
	void prefetchesOnDaemonThreadsWhenTheClientWasGivenNoExecutor() {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(json(page(null, "B")));
		FinancialForceClient client = MockApi.client(this.server).build();
		List<Thread> readers = new ArrayList<>();
		RecordReader<String> recordingThreads = (parser) -> {
			readers.add(Thread.currentThread());
			return NAMES.read(parser);
		};

		List<String> names = list(client.query("SELECT Name FROM Account", recordingThreads,
				QueryOptions.DEFAULTS.withPrefetch()));

		assertThat(names).containsExactly("A", "B");
		assertThat(readers.get(0)).isSameAs(Thread.currentThread());
		assertThat(readers.get(1).isDaemon()).isTrue();
		assertThat(readers.get(1).getName()).startsWith("financialforce-prefetch-");
	}

	@Test
	void anExecutorThatRefusesLeavesEachPageToBeFetchedWhenReached() {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(json(page(BASE + "/query/01g-3", "B")));
		this.server.enqueue(json(page(null, "C")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor((task) -> {
			throw new RejectedExecutionException("busy");
		}).build();

		assertThat(list(query(client, QueryOptions.DEFAULTS.withPrefetch()))).containsExactly("A", "B", "C");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void withoutPrefetchTheNextPageIsRequestedOnlyWhenReached() throws Exception {
		this.server.enqueue(json(page(BASE + "/query/01g-2", "A")));
		this.server.enqueue(json(page(null, "B")));
		FinancialForceClient client = MockApi.client(this.server).prefetchExecutor(this.executor).build();

		try (QueryCursor<String> rows = query(client, QueryOptions.DEFAULTS)) {
			assertThat(rows.next()).isEqualTo("A");
			assertThat(this.server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
			assertThat(this.server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
			assertThat(list(rows)).containsExactly("B");
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	static List<String> list(QueryCursor<String> cursor) {
		List<String> names = new ArrayList<>();
		cursor.forEachRemaining(names::add);
		return names;
	}

}
