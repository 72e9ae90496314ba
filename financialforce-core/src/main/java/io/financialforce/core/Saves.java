package io.financialforce.core;

import java.util.List;

import io.financialforce.UncategorizedFinancialForceException;
import io.financialforce.client.SaveResult;

/**
 * Turns the API's save results into the template's results, never losing one.
 */
final class Saves {

	private Saves() {
	}

	static String requireId(SaveResult result, Object entity) {
		if (!result.success() || result.id() == null) {
			throw new UncategorizedFinancialForceException("The API did not save the " + entity.getClass().getSimpleName()
					+ ": " + result.errors(), 200, result.errors(), null);
		}
		return result.id();
	}

	/**
	 * The result of the record at {@code index} of a call that sent {@code sent} records.
	 */
	static SaveResult at(List<SaveResult> results, int index, int sent) {
		if (results.size() != sent) {
			throw new UncategorizedFinancialForceException("The API answered " + results.size()
					+ " results for " + sent + " records; none can be matched to its record", 200, List.of(), null);
		}
		return results.get(index);
	}

	static <T> RecordResult<T> toRecordResult(T entity, SaveResult result) {
		return new RecordResult<>(entity, result.id(), result.success(), Boolean.TRUE.equals(result.created()),
				result.errors());
	}

}
