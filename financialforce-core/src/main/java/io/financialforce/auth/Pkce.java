package io.financialforce.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE (RFC 7636) verifier and its S256 challenge, and random {@code state} values.
 *
 * @param verifier the code verifier, sent with the code exchange
 * @param challenge base64url(SHA-256(verifier)), sent with the authorize request
 */
record Pkce(String verifier, String challenge) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	static Pkce create() {
		String verifier = random(48);
		return new Pkce(verifier, challenge(verifier));
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return BASE64URL.encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return BASE64URL.encodeToString(value);
	}

	@Override
	public String toString() {
		return "Pkce[challenge=" + this.challenge + "]";
	}

}
