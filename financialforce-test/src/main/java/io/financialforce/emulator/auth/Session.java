package io.financialforce.emulator.auth;

import java.time.Instant;

/**
 * An issued access token.
 *
 * @param accessToken the token
 * @param userId the user it acts as
 * @param clientId the connected app, or null for SOAP logins
 * @param issuedAt when it was issued
 */
public record Session(String accessToken, String userId, String clientId, Instant issuedAt) {

	@Override
	public String toString() {
		return "Session[userId=" + this.userId + ", issuedAt=" + this.issuedAt + "]";
	}

}
