package io.financialforce.auth;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An authenticated Salesforce session: the bearer token for data calls and the instance they go to.
 * {@link #toString()} never shows the token.
 *
 * @param accessToken the access token (or SOAP session id) sent as {@code Authorization: Bearer}
 * @param instanceUrl the org's instance, for example {@code https://acme.my.salesforce.com}
 * @param issuedAt when the token was issued
 * @param identityUrl the identity URL ({@code https://login.salesforce.com/id/{orgId}/{userId}}), if known
 */
public record Session(String accessToken, URI instanceUrl, Instant issuedAt, @Nullable URI identityUrl) {

	/**
	 * Creates a session.
	 * @param accessToken the access token, must not be empty
	 * @param instanceUrl the instance URL, must not be {@literal null}
	 * @param issuedAt when the token was issued, must not be {@literal null}
	 * @param identityUrl the identity URL, if known
	 */
	public Session {
		Assert.hasText(accessToken, "'accessToken' must not be empty");
		Assert.notNull(instanceUrl, "'instanceUrl' must not be null");
		Assert.notNull(issuedAt, "'issuedAt' must not be null");
	}

	@Override
	public String toString() {
		return "Session[accessToken=<redacted>, instanceUrl=" + this.instanceUrl + ", issuedAt=" + this.issuedAt
				+ ", identityUrl=" + this.identityUrl + "]";
	}

}
