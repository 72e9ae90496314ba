package io.financialforce.core;

/**
 * How a batch write behaves.
 *
 * @param allOrNone whether one failed record rolls back every record of its sObject Collections call (the API's
 * {@code allOrNone}); calls already made are not undone
 * @param throwOnFailure whether a failed record makes the write throw a {@link BatchWriteException}, or only
 * appear in the returned {@link BatchResult}
 */
public record BatchOptions(boolean allOrNone, boolean throwOnFailure) {

	/**
	 * The default: each record stands alone, and any failure is thrown.
	 * @return the default options
	 */
	public static BatchOptions defaults() {
		return new BatchOptions(false, true);
	}

	/**
	 * Each record stands alone, and failures are returned in the {@link BatchResult} rather than thrown.
	 * @return options that return failures
	 */
	public static BatchOptions returnFailures() {
		return new BatchOptions(false, false);
	}

	/**
	 * The same options with the API's {@code allOrNone} set.
	 * @param allOrNone whether one failure rolls back its whole call
	 * @return the new options
	 */
	public BatchOptions withAllOrNone(boolean allOrNone) {
		return new BatchOptions(allOrNone, this.throwOnFailure);
	}

}
