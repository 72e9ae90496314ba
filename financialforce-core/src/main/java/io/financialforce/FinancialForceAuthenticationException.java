package io.financialforce;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Authentication failed or the session was rejected: an OAuth error ({@code invalid_grant}, {@code invalid_client_id},
 * ...), a SOAP login fault ({@code INVALID_LOGIN}, ...), or a second {@code INVALID_SESSION_ID} after re-
 * authenticating.
 * The message names the error code and the likely fix; it never contains a credential or a token.
 */
public final class FinancialForceAuthenticationException extends FinancialForcePermissionDeniedException {

	/**
	 * Creates the exception.
	 * @param message what went wrong and what to do
	 * @param statusCode the HTTP status, {@code 0} when no answer was received
	 * @param errors the API's errors
	 * @param cause the underlying failure, if any
	 */
	public FinancialForceAuthenticationException(String message, int statusCode, List<ApiError> errors,
			@Nullable Throwable cause) {
		super(message, statusCode, errors, cause);
	}

}
