package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The library was called in a way the API cannot serve (too many records in one call, an unsupported API version,
 * {@code EXCEEDED_ID_LIMIT}).
 */
public final class InvalidFinancialForceApiUsageException extends InvalidDataAccessApiUsageException
		implements FinancialForceApiFailure {

	private final int statusCode;

	private final List<ApiError> errors;

	/**
	 * Creates the exception.
	 * @param message what went wrong and what to do
	 * @param statusCode the HTTP status, {@code 0} when no answer was received
	 * @param errors the API's errors
	 * @param cause the underlying failure, if any
	 */
	public InvalidFinancialForceApiUsageException(String message, int statusCode, List<ApiError> errors,
			@Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.errors = List.copyOf(errors);
	}

	@Override
	public int statusCode() {
		return this.statusCode;
	}

	@Override
	public List<ApiError> errors() {
		return this.errors;
	}

}
