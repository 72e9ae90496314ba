package io.financialforce.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceApiFailure;
import io.financialforce.client.SaveResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a batch as sObject Collections calls of at most {@value #COLLECTION_LIMIT} records of one type each, one
 * call at a time or a bounded number in parallel, and accounts for every record: saved, refused by the org, failed
 * with its call, or not sent because an earlier call failed.
 */
final class BatchWriter {

	/** The most records of one sObject Collections call. */
	static final int COLLECTION_LIMIT = 200;

	/** The error code of records whose call was never made because an earlier call failed. */
	static final String NOT_SENT = "NOT_SENT";

	private static final Logger logger = LoggerFactory.getLogger(BatchWriter.class);

	private final @Nullable Executor executor;

	private final int concurrency;

	BatchWriter(@Nullable Executor executor, int concurrency) {
		this.executor = executor;
		this.concurrency = Math.max(1, concurrency);
	}

	/**
	 * Writes {@code records}.
	 * @param records the records, in the caller's order
	 * @param objectName the sObject of a record
	 * @param call one sObject Collections call for records of one sObject
	 * @param written the record as written, given its new id
	 * @param <T> the record type
	 * @return every record's outcome, in order, and the first call failure if any
	 */
	<T> Outcome<T> write(List<T> records, Function<T, String> objectName, BiFunction<String, List<T>, List<SaveResult>> call,
			BiFunction<T, String, T> written) {
		List<Call<T>> calls = plan(records, objectName);
		List<@Nullable RecordResult<T>> results = new ArrayList<>(Collections.nCopies(records.size(), null));
		RuntimeException failure = (this.executor == null || this.concurrency == 1 || calls.size() == 1)
				? sequential(calls, call, written, results) : parallel(calls, call, written, results);
		for (int i = 0; i < results.size(); i++) {
			if (results.get(i) == null) {
				results.set(i, notSent(records.get(i)));
			}
		}
		List<RecordResult<T>> complete = List.copyOf(results);
		return new Outcome<>(new BatchResult<>(complete), failure);
	}

	private <T> List<Call<T>> plan(List<T> records, Function<T, String> objectName) {
		List<Call<T>> calls = new ArrayList<>();
		for (List<Integer> sameType : Chunks.positionsByType(records)) {
			String name = objectName.apply(records.get(sameType.get(0)));
			for (List<Integer> chunk : Chunks.of(sameType, COLLECTION_LIMIT)) {
				calls.add(new Call<>(name, chunk, chunk.stream().map(records::get).toList()));
			}
		}
		return calls;
	}

	private <T> @Nullable RuntimeException sequential(List<Call<T>> calls,
			BiFunction<String, List<T>, List<SaveResult>> send, BiFunction<T, String, T> written,
			List<@Nullable RecordResult<T>> results) {
		for (Call<T> call : calls) {
			RuntimeException failure = run(call, send, written, results);
			if (failure != null) {
				return failure;
			}
		}
		return null;
	}

	private <T> @Nullable RuntimeException parallel(List<Call<T>> calls,
			BiFunction<String, List<T>, List<SaveResult>> send, BiFunction<T, String, T> written,
			List<@Nullable RecordResult<T>> results) {
		Semaphore slots = new Semaphore(this.concurrency);
		List<CompletableFuture<@Nullable RuntimeException>> running = new ArrayList<>();
		RuntimeException[] first = new RuntimeException[1];
		for (Call<T> call : calls) {
			slots.acquireUninterruptibly();
			synchronized (first) {
				if (first[0] != null) {
					slots.release();
					break;
				}
			}
			running.add(CompletableFuture.supplyAsync(() -> {
				try {
					RuntimeException failure = run(call, send, written, results);
					if (failure != null) {
						synchronized (first) {
							first[0] = (first[0] != null) ? first[0] : failure;
						}
					}
					return failure;
				}
				finally {
					slots.release();
				}
			}, this.executor));
		}
		CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
		synchronized (first) {
			return first[0];
		}
	}

	private <T> @Nullable RuntimeException run(Call<T> call, BiFunction<String, List<T>, List<SaveResult>> send,
			BiFunction<T, String, T> written, List<@Nullable RecordResult<T>> results) {
		try {
			List<SaveResult> saved = send.apply(call.objectName(), call.records());
			for (int i = 0; i < call.records().size(); i++) {
				SaveResult result = Saves.at(saved, i, call.records().size());
				T record = call.records().get(i);
				T outcome = (result.success() && result.id() != null) ? written.apply(record, result.id()) : record;
				set(results, call.positions().get(i), Saves.toRecordResult(outcome, result));
			}
			return null;
		}
		catch (RuntimeException ex) {
			logger.debug("sObject Collections call for {} {} records failed", call.records().size(),
					call.objectName(), ex);
			List<ApiError> errors = errors(ex);
			for (int i = 0; i < call.records().size(); i++) {
				set(results, call.positions().get(i),
						new RecordResult<>(call.records().get(i), null, false, false, errors));
			}
			return ex;
		}
	}

	private static <T> void set(List<@Nullable RecordResult<T>> results, int position, RecordResult<T> result) {
		synchronized (results) {
			results.set(position, result);
		}
	}

	private static List<ApiError> errors(RuntimeException ex) {
		if (ex instanceof FinancialForceApiFailure failure && !failure.errors().isEmpty()) {
			return failure.errors();
		}
		return List.of(ApiError.of("CALL_FAILED", String.valueOf(ex.getMessage())));
	}

	private static <T> RecordResult<T> notSent(T record) {
		return new RecordResult<>(record, null, false, false,
				List.of(ApiError.of(NOT_SENT, "Not sent: an earlier call of the batch failed")));
	}

	/**
	 * One sObject Collections call.
	 */
	private record Call<T>(String objectName, List<Integer> positions, List<T> records) {

	}

	/**
	 * What a batch came to.
	 *
	 * @param result every record's outcome
	 * @param failure the first call that failed as a whole, if any
	 */
	record Outcome<T>(BatchResult<T> result, @Nullable RuntimeException failure) {

	}

}
