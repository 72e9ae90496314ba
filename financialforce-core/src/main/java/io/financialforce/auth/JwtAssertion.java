package io.financialforce.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the RS256-signed JWT of the OAuth JWT bearer flow with the JDK's crypto.
 */
final class JwtAssertion {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private JwtAssertion() {
	}

	static String create(String issuer, String subject, String audience, Instant now, Duration validity,
			PrivateKey key) {
		ObjectNode header = MAPPER.createObjectNode().put("alg", "RS256");
		ObjectNode claims = MAPPER.createObjectNode()
			.put("iss", issuer)
			.put("sub", subject)
			.put("aud", audience)
			.put("exp", now.plus(validity).getEpochSecond());
		String signingInput = BASE64URL.encodeToString(MAPPER.writeValueAsBytes(header)) + "."
				+ BASE64URL.encodeToString(MAPPER.writeValueAsBytes(claims));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key);
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + BASE64URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign the JWT with the " + key.getAlgorithm()
					+ " key; the JWT bearer flow needs an RSA private key", ex);
		}
	}

}
