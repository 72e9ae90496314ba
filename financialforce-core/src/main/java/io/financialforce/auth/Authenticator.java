package io.financialforce.auth;

/**
 * One way of obtaining a Salesforce {@link Session}: JWT bearer, client credentials, authorization code with PKCE,
 * refresh token, the legacy username and password, or an access token given directly.
 * <p>
 * Implementations are thread-safe. The client calls {@link #authenticate()} once, and {@link #reauthenticate(Session)}
 * once per expiry, however many threads saw the session rejected.
 */
public interface Authenticator {

	/**
	 * Obtains a session, possibly from stored tokens without an API call.
	 * @return the session
	 * @throws io.financialforce.FinancialForceAuthenticationException if the credentials are rejected
	 * @throws org.springframework.dao.DataAccessException if the login endpoint cannot be reached
	 */
	Session authenticate();

	/**
	 * Obtains a new session after the API rejected {@code rejected} ({@code INVALID_SESSION_ID}).
	 * @param rejected the session the API no longer accepts
	 * @return a new session
	 * @throws io.financialforce.FinancialForceAuthenticationException if this mode cannot obtain a new session
	 */
	default Session reauthenticate(Session rejected) {
		return authenticate();
	}

}
