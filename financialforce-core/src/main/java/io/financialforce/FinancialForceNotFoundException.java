package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * The record or resource does not exist or was deleted ({@code NOT_FOUND}, {@code ENTITY_IS_DELETED}, HTTP 404).
 * Templates turn it into {@literal null} or {@code Optional.empty()} where Spring Data expects that.
 */
public final class FinancialForceNotFoundException extends EmptyResultDataAccessException
		implements FinancialForceApiFailure {

	private final int statusCode;

	private final List<ApiError> errors;

	/**
	 * Creates the exception.
	 * @param message what was not found
	 * @param statusCode the HTTP status
	 * @param errors the API's errors
	 * @param cause the underlying failure, if any
	 */
	public FinancialForceNotFoundException(String message, int statusCode, List<ApiError> errors,
			@Nullable Throwable cause) {
		super(message, 1, cause);
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
