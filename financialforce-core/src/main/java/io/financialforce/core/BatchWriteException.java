package io.financialforce.core;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Thrown when records of a batch write failed. It lists every record's outcome, so that the caller knows which
 * records were saved (with their ids) and why each other one was not.
 */
public class BatchWriteException extends DataIntegrityViolationException {

	private static final long serialVersionUID = 1L;

	private static final int LISTED_FAILURES = 5;

	private final transient BatchResult<?> result;

	/**
	 * An exception for a batch with failures.
	 * @param result every record's outcome
	 */
	public BatchWriteException(BatchResult<?> result) {
		this(result, null);
	}

	/**
	 * An exception for a batch in which a whole call failed (a network fault, an exhausted API allowance, ...): the
	 * records of that call, and of the calls not made after it, are listed as failed.
	 * @param result every record's outcome
	 * @param cause why a call failed, or {@code null} if only records were refused
	 */
	public BatchWriteException(BatchResult<?> result, @Nullable Throwable cause) {
		super(message(result) + ((cause != null) ? " A call failed: " + cause.getMessage() : ""), cause);
		this.result = result;
	}

	/**
	 * Every record's outcome, in the order the records were given.
	 * @return the batch result
	 */
	public BatchResult<?> getResult() {
		return this.result;
	}

	private static String message(BatchResult<?> result) {
		int failed = result.failures().size();
		List<? extends RecordResult<?>> results = result.results();
		String listed = IntStream.range(0, results.size())
			.filter((index) -> !results.get(index).success())
			.limit(LISTED_FAILURES)
			.mapToObj((index) -> "record " + index + ": " + results.get(index).errors())
			.collect(Collectors.joining("; "));
		return failed + " of " + result.results().size() + " records failed (" + listed
				+ ((failed > LISTED_FAILURES) ? "; ..." : "") + "). getResult() lists every record's outcome.";
	}

}
