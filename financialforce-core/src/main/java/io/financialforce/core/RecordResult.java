package io.financialforce.core;

import java.util.List;

import io.financialforce.ApiError;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of writing one record of a batch.
 *
 * @param entity the entity as written: with its id set when it was saved
 * @param id the record id, or {@code null} when an insert failed
 * @param success whether the record was written
 * @param created for upserts, whether the record was inserted rather than updated
 * @param errors why it failed, empty on success
 * @param <T> the mapped type
 */
public record RecordResult<T>(T entity, @Nullable String id, boolean success, boolean created, List<ApiError> errors) {

	public RecordResult {
		errors = List.copyOf(errors);
	}

}
