package io.financialforce.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.financialforce.ApiError;
import org.jspecify.annotations.Nullable;

/**
 * The result of writing one record: by a single create or upsert, or as one item of an sObject Collections call
 * (where results come in the order of the records sent, failures included).
 *
 * @param id the record's id, {@literal null} when the write failed
 * @param success whether the record was written
 * @param errors why it was not, empty on success
 * @param created for upserts, whether a record was created (rather than updated); {@literal null} otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SaveResult(@Nullable String id, boolean success, List<ApiError> errors, @Nullable Boolean created) {

	/**
	 * Normalizes a missing error list to an empty one.
	 */
	public SaveResult {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

}
