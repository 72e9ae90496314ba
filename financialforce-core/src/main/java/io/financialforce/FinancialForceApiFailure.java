package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What every exception of the library tells about the failed API call: the HTTP status and the API's errors.
 */
public interface FinancialForceApiFailure {

	/**
	 * The HTTP status of the API's answer.
	 * @return the status, or {@code 0} when no answer was received (I/O failure, timeout, a check before the call)
	 */
	int statusCode();

	/**
	 * The errors of the API's error body, in the order received.
	 * @return the errors, empty when the answer had no readable error body
	 */
	List<ApiError> errors();

	/**
	 * The error code of the first error.
	 * @return the code, for example {@code DUPLICATE_VALUE}, or {@literal null} when there is no error body
	 */
	default @Nullable String errorCode() {
		List<ApiError> errors = errors();
		return errors.isEmpty() ? null : errors.get(0).errorCode();
	}

}
