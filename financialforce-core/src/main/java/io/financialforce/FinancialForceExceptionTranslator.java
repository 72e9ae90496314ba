package io.financialforce;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.util.Assert;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;

/**
 * Translates failures of the Salesforce API into Spring's {@link DataAccessException} family, the way
 * Spring Data MongoDB's {@code MongoExceptionTranslator} does for MongoDB: {@code DUPLICATE_VALUE} becomes a
 * {@link FinancialForceDuplicateKeyException}, {@code INVALID_FIELD} an
 * {@link InvalidFinancialForceResourceUsageException}, {@code NOT_FOUND} a {@link FinancialForceNotFoundException},
 * I/O failures and HTTP 5xx a {@link FinancialForceResourceFailureException}, and so on; what fits nowhere becomes an
 * {@link UncategorizedFinancialForceException}. Every exception keeps the HTTP status and the API's errors. Messages
 * say what failed and what to do, and never contain a request body (where credentials travel).
 */
public final class FinancialForceExceptionTranslator implements PersistenceExceptionTranslator {

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		if (ex instanceof DataAccessException) {
			return null;
		}
		if (ex instanceof RestClientResponseException response) {
			return translate("Salesforce call", response.getStatusCode().value(), response.getResponseBodyAsByteArray());
		}
		if (ex instanceof ResourceAccessException) {
			return ioFailure("Salesforce call", ex);
		}
		if (ex instanceof JacksonException) {
			return malformedResponse("Salesforce call", 0, ex);
		}
		if (ex instanceof RestClientException) {
			return new UncategorizedFinancialForceException("Salesforce call failed: " + ex.getMessage(), 0, List.of(),
					ex);
		}
		return null;
	}

	/**
	 * Translates an error answer of the API.
	 * @param operation what was called, for example {@code GET /services/data/v65.0/query} (no query string)
	 * @param status the HTTP status
	 * @param body the answer's body, possibly empty, HTML, JSON or XML
	 * @return the exception to throw
	 */
	public DataAccessException translate(String operation, int status, byte[] body) {
		Assert.notNull(operation, "'operation' must not be null");
		Assert.notNull(body, "'body' must not be null");
		ErrorBody errorBody = ErrorBody.parse(body);
		ErrorCategory category = ErrorCategory.of(errorBody, status);
		if (errorBody.errors().isEmpty()) {
			String what = (body.length == 0) ? "no body" : "a body of " + body.length + " bytes that is no API error";
			String message = operation + " failed with HTTP " + status + " and " + what + ". "
					+ ErrorHints.hint(ApiError.of("HTTP_" + status, ""), category);
			return create(category, message, status, List.of(), null);
		}
		return translate(operation, status, errorBody.errors(), category);
	}

	/**
	 * Translates errors the API reported inside a successful answer, for example one failed record of an sObject
	 * Collections call.
	 * @param operation what was called
	 * @param status the HTTP status to report
	 * @param errors the errors, at least one
	 * @return the exception to throw
	 */
	public DataAccessException translate(String operation, int status, List<ApiError> errors) {
		Assert.notEmpty(errors, "'errors' must not be empty");
		return translate(operation, status, errors, ErrorCategory.ofCode(errors.get(0).errorCode(), status));
	}

	private DataAccessException translate(String operation, int status, List<ApiError> errors,
			ErrorCategory category) {
		String described = errors.stream().map(ApiError::toString).collect(Collectors.joining("; "));
		String message = operation + " failed" + ((status > 0) ? " with HTTP " + status : "") + ": " + described
				+ ". " + ErrorHints.hint(errors.get(0), category);
		return create(category, message, status, errors, null);
	}

	/**
	 * Translates a failure to reach the API or to read its answer.
	 * @param operation what was called
	 * @param cause the I/O failure or timeout
	 * @return a {@link FinancialForceResourceFailureException}
	 */
	public DataAccessException ioFailure(String operation, Throwable cause) {
		String what = isTimeout(cause) ? "timed out" : "failed on I/O (" + rootMessage(cause) + ")";
		return new FinancialForceResourceFailureException(operation + " " + what
				+ ". Check the network path to Salesforce and the timeouts.", 0,
				List.of(), cause);
	}

	/**
	 * Translates an answer the client could not read as the expected JSON (malformed or truncated).
	 * @param operation what was called
	 * @param status the HTTP status of the answer
	 * @param cause the parse failure, or {@literal null} to keep the parser's message (which may quote the body) out
	 * @return a {@link FinancialForceResourceFailureException}
	 */
	public DataAccessException malformedResponse(String operation, int status, @Nullable Throwable cause) {
		return new FinancialForceResourceFailureException(operation + " answered HTTP " + status
				+ " with a malformed or truncated body. If it persists, check proxies between the application and"
				+ " Salesforce.", status, List.of(), cause);
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

	static DataAccessException create(ErrorCategory category, String message, int status, List<ApiError> errors,
			@Nullable Throwable cause) {
		return switch (category) {
			case DUPLICATE -> new FinancialForceDuplicateKeyException(message, status, errors, cause);
			case RESOURCE_USAGE -> new InvalidFinancialForceResourceUsageException(message, status, errors, cause);
			case INTEGRITY -> new FinancialForceDataIntegrityViolationException(message, status, errors, cause);
			case PERMISSION -> new FinancialForcePermissionDeniedException(message, status, errors, cause);
			case AUTHENTICATION -> new FinancialForceAuthenticationException(message, status, errors, cause);
			case REQUEST_LIMIT -> new FinancialForceRequestLimitException(message, status, errors, cause);
			case LOCK -> new FinancialForceLockException(message, status, errors, cause);
			case QUERY_TIMEOUT -> new FinancialForceQueryTimeoutException(message, status, errors, cause);
			case NOT_FOUND -> new FinancialForceNotFoundException(message, status, errors, cause);
			case API_USAGE -> new InvalidFinancialForceApiUsageException(message, status, errors, cause);
			case RESOURCE_FAILURE -> new FinancialForceResourceFailureException(message, status, errors, cause);
			case UNCATEGORIZED -> new UncategorizedFinancialForceException(message, status, errors, cause);
		};
	}

}
