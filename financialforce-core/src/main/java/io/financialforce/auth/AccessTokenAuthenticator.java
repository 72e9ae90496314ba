package io.financialforce.auth;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.springframework.util.Assert;

/**
 * Uses an access token and instance URL given directly (tests, short scripts). It cannot re-authenticate: once the
 * token expires, calls fail with a {@link FinancialForceAuthenticationException}.
 */
public final class AccessTokenAuthenticator implements Authenticator {

	private final Session session;

	/**
	 * Creates the authenticator.
	 * @param accessToken the access token (or SOAP session id)
	 * @param instanceUrl the org's instance URL
	 */
	public AccessTokenAuthenticator(char[] accessToken, URI instanceUrl) {
		Assert.isTrue(accessToken != null && accessToken.length > 0, "'accessToken' must not be empty");
		this.session = new Session(new String(accessToken), instanceUrl, Instant.now(), null);
	}

	@Override
	public Session authenticate() {
		return this.session;
	}

	@Override
	public Session reauthenticate(Session rejected) {
		throw new FinancialForceAuthenticationException("The access token given directly was rejected"
				+ " (INVALID_SESSION_ID) and this mode cannot obtain a new one. Configure JWT bearer, client credentials"
				+ " or a refresh token instead.", 401,
				List.of(ApiError.of("INVALID_SESSION_ID", "Session expired or invalid")), null);
	}

	@Override
	public String toString() {
		return "AccessTokenAuthenticator[instanceUrl=" + this.session.instanceUrl() + ", accessToken=<redacted>]";
	}

}
