package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Another transaction holds a record the call needed ({@code UNABLE_TO_LOCK_ROW}); transient, retry later.
 */
public final class FinancialForceLockException extends CannotAcquireLockException implements FinancialForceApiFailure {

	private final int statusCode;

	private final List<ApiError> errors;

	/**
	 * Creates the exception.
	 * @param message what went wrong and what to do
	 * @param statusCode the HTTP status, {@code 0} when no answer was received
	 * @param errors the API's errors
	 * @param cause the underlying failure, if any
	 */
	public FinancialForceLockException(String message, int statusCode, List<ApiError> errors,
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
