package io.financialforce.core;

import java.util.List;

/**
 * Every record's outcome of a batch write, in the order the records were given.
 *
 * @param results one result per record
 * @param <T> the mapped type
 */
public record BatchResult<T>(List<RecordResult<T>> results) {

	public BatchResult {
		results = List.copyOf(results);
	}

	/**
	 * The records that were written.
	 * @return successful results, in order
	 */
	public List<RecordResult<T>> successes() {
		return this.results.stream().filter(RecordResult::success).toList();
	}

	/**
	 * The records that were not written.
	 * @return failed results, in order
	 */
	public List<RecordResult<T>> failures() {
		return this.results.stream().filter((result) -> !result.success()).toList();
	}

	/**
	 * Whether any record failed.
	 * @return {@code true} if at least one record was not written
	 */
	public boolean hasFailures() {
		return this.results.stream().anyMatch((result) -> !result.success());
	}

	/**
	 * The written entities, or an exception if any record failed.
	 * @return every entity, in order, with ids set
	 * @throws BatchWriteException if any record failed
	 */
	public List<T> entitiesOrThrow() {
		if (hasFailures()) {
			throw new BatchWriteException(this);
		}
		return this.results.stream().map(RecordResult::entity).toList();
	}

}
