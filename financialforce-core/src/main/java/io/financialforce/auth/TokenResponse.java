package io.financialforce.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The useful part of a 200 answer of the OAuth token endpoint.
 *
 * @param session the session it opens
 * @param refreshToken the refresh token, when the grant returned one
 */
record TokenResponse(Session session, @Nullable String refreshToken) {

	static TokenResponse of(String accessToken, URI instanceUrl, @Nullable String issuedAt, @Nullable String id,
			@Nullable String refreshToken, Clock clock) {
		Instant issued = clock.instant();
		if (issuedAt != null && issuedAt.chars().allMatch(Character::isDigit) && !issuedAt.isEmpty()) {
			issued = Instant.ofEpochMilli(Long.parseLong(issuedAt));
		}
		URI identity = (id != null && !id.isEmpty()) ? URI.create(id) : null;
		return new TokenResponse(new Session(accessToken, instanceUrl, issued, identity),
				(refreshToken != null && !refreshToken.isEmpty()) ? refreshToken : null);
	}

	@Override
	public String toString() {
		return "TokenResponse[" + this.session + ", refreshToken=" + ((this.refreshToken != null) ? "<redacted>" : null)
				+ "]";
	}

}
