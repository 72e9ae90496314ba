package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The API refused record values: a required field is missing, a validation rule failed, a field is not writable, a
 * value is out of range.
 */
public final class FinancialForceDataIntegrityViolationException extends DataIntegrityViolationException
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
	public FinancialForceDataIntegrityViolationException(String message, int statusCode, List<ApiError> errors,
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
