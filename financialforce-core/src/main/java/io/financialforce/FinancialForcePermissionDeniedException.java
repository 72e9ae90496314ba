package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.PermissionDeniedDataAccessException;

/**
 * The user lacks the rights for the call ({@code INSUFFICIENT_ACCESS_OR_READONLY} and friends).
 */
public class FinancialForcePermissionDeniedException extends PermissionDeniedDataAccessException
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
	public FinancialForcePermissionDeniedException(String message, int statusCode, List<ApiError> errors,
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
