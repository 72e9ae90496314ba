package io.financialforce;

import java.util.List;

import org.springframework.dao.IncorrectResultSizeDataAccessException;

/**
 * An upsert by external id matched several records (HTTP 300); nothing was written.
 */
public final class FinancialForceMultipleMatchesException extends IncorrectResultSizeDataAccessException
		implements FinancialForceApiFailure {

	private final List<String> matches;

	/**
	 * Creates the exception.
	 * @param message what matched and what to do
	 * @param matches the URLs of the matching records as the API listed them
	 */
	public FinancialForceMultipleMatchesException(String message, List<String> matches) {
		super(message, 1, matches.size());
		this.matches = List.copyOf(matches);
	}

	/**
	 * The matching records.
	 * @return the record URLs the API listed
	 */
	public List<String> matches() {
		return this.matches;
	}

	@Override
	public int statusCode() {
		return 300;
	}

	@Override
	public List<ApiError> errors() {
		return List.of(ApiError.of("MULTIPLE_CHOICES", getMessage()));
	}

}
