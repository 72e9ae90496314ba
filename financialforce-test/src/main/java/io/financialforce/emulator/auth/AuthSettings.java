package io.financialforce.emulator.auth;

import java.security.PublicKey;
import java.util.function.Supplier;

/**
 * What the login endpoints check credentials against.
 *
 * @param username the API user's username
 * @param password the password
 * @param securityToken the security token appended to the password
 * @param clientId the connected app's consumer key
 * @param clientSecret the connected app's consumer secret
 * @param jwtKey the public key JWT bearer assertions are verified with
 * @param organizationId the org's id
 * @param userId supplies the API user's id
 * @param rotateRefreshTokens whether each refresh returns a new refresh token and retires the old one
 */
public record AuthSettings(String username, String password, String securityToken, String clientId,
		String clientSecret, PublicKey jwtKey, String organizationId, Supplier<String> userId,
		boolean rotateRefreshTokens) {

	@Override
	public String toString() {
		return "AuthSettings[username=" + this.username + ", clientId=" + this.clientId + "]";
	}

}
