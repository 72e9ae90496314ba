package io.financialforce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.client.SaveResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchWriterTests {

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
	}

	@Test
	void sendsChunksOfTwoHundredAndKeepsOrder() {
		List<String> records = names(450);
		List<Integer> sizes = new ArrayList<>();
		BatchWriter.Outcome<String> outcome = new BatchWriter(null, 1).write(records, (r) -> "Account",
				(object, chunk) -> {
					sizes.add(chunk.size());
					return chunk.stream().map((r) -> saved(r)).toList();
				}, (r, id) -> r + "@" + id);
		assertThat(sizes).containsExactly(200, 200, 50);
		assertThat(outcome.failure()).isNull();
		assertThat(outcome.result().results()).extracting(RecordResult::entity)
			.containsExactlyElementsOf(records.stream().map((r) -> r + "@id-" + r).toList());
	}

	@Test
	void aFailedCallFailsItsRecordsAndLeavesTheRestUnsent() {
		List<String> records = names(600);
		AtomicInteger calls = new AtomicInteger();
		FinancialForceResourceFailureException fault = new FinancialForceResourceFailureException(
				"503 from the API", 503, List.of(ApiError.of("SERVER_UNAVAILABLE", "try later")), null);
		BatchWriter.Outcome<String> outcome = new BatchWriter(null, 1).write(records, (r) -> "Account",
				(object, chunk) -> {
					if (calls.incrementAndGet() == 2) {
						throw fault;
					}
					return chunk.stream().map((r) -> saved(r)).toList();
				}, (r, id) -> r);
		assertThat(calls).hasValue(2);
		assertThat(outcome.failure()).isSameAs(fault);
		List<RecordResult<String>> results = outcome.result().results();
		assertThat(results.subList(0, 200)).allMatch(RecordResult::success);
		assertThat(results.subList(200, 400)).allSatisfy((r) -> assertThat(r.errors()).extracting(ApiError::errorCode)
			.containsExactly("SERVER_UNAVAILABLE"));
		assertThat(results.subList(400, 600)).allSatisfy((r) -> assertThat(r.errors()).extracting(ApiError::errorCode)
			.containsExactly(BatchWriter.NOT_SENT));
	}

	@Test
	void refusedRecordsStayInPlace() {
		BatchWriter.Outcome<String> outcome = new BatchWriter(null, 1).write(names(3), (r) -> "Account",
				(object, chunk) -> List.of(saved(chunk.get(0)),
						new SaveResult(null, false, List.of(ApiError.of("REQUIRED_FIELD_MISSING", "Name")), null),
						saved(chunk.get(2))),
				(r, id) -> r);
		assertThat(outcome.result().results()).extracting(RecordResult::success).containsExactly(true, false, true);
	}

	@Test
	void groupsTypesIntoSeparateCallsWithoutReordering() {
		List<Object> records = List.of("a", 1, "b", 2);
		List<String> objects = new ArrayList<>();
		BatchWriter.Outcome<Object> outcome = new BatchWriter(null, 1).write(records,
				(r) -> (r instanceof String) ? "Account" : "Contact", (object, chunk) -> {
					objects.add(object + chunk);
					return chunk.stream().map((r) -> saved(String.valueOf(r))).toList();
				}, (r, id) -> id);
		assertThat(objects).containsExactly("Account[a, b]", "Contact[1, 2]");
		assertThat(outcome.result().results()).extracting(RecordResult::entity)
			.containsExactly("id-a", "id-1", "id-b", "id-2");
	}

	@Test
	void runsCallsInParallelWithinTheBound() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger peak = new AtomicInteger();
		BiFunction<String, List<String>, List<SaveResult>> call = (object, chunk) -> {
			peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inFlight.decrementAndGet();
			return chunk.stream().map(BatchWriterTests::saved).toList();
		};
		BatchWriter.Outcome<String> outcome = new BatchWriter(this.executor, 3).write(names(2000), (r) -> "Account",
				call, (r, id) -> id);
		assertThat(peak.get()).isBetween(2, 3);
		assertThat(outcome.result().results()).hasSize(2000).allMatch(RecordResult::success);
		assertThat(outcome.result().results().get(1999).entity()).isEqualTo("id-r1999");
	}

	private static List<String> names(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "r" + i).toList();
	}

	private static SaveResult saved(String record) {
		return new SaveResult("id-" + record, true, List.of(), null);
	}

}
