package io.financialforce.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.financialforce.emulator.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Verifies JWT bearer assertions as the org does: RS256 signature by the connected app's certificate, {@code iss} =
 * consumer key, {@code sub} = username, {@code aud} = a login host, {@code exp} in the future.
 */
final class JwtVerifier {

	private JwtVerifier() {
	}

	static void verify(String assertion, AuthSettings settings, Instant now, List<String> audiences) {
		String[] parts = assertion.split("\\.");
		if (parts.length != 3) {
			throw new OAuthError(400, "invalid_grant", "invalid assertion");
		}
		JsonNode header = decode(parts[0]);
		JsonNode claims = decode(parts[1]);
		if (!"RS256".equals(header.path("alg").asString(""))) {
			throw new OAuthError(400, "invalid_grant", "invalid assertion");
		}
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(settings.jwtKey());
			signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
				throw new OAuthError(400, "invalid_grant", "invalid assertion");
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new OAuthError(400, "invalid_grant", "invalid assertion");
		}
		if (!settings.clientId().equals(claims.path("iss").asString(""))) {
			throw new OAuthError(400, "invalid_client_id", "client identifier invalid");
		}
		JsonNode audience = claims.path("aud");
		boolean audienceValid = audience.isArray() ? containsAny(audience, audiences)
				: audiences.contains(stripSlash(audience.asString("")));
		if (!audienceValid) {
			throw new OAuthError(400, "invalid_grant", "audience is invalid");
		}
		if (!claims.path("exp").isNumber() || claims.path("exp").asLong() <= now.getEpochSecond()) {
			throw new OAuthError(400, "invalid_grant", "invalid assertion: the token has expired (exp)");
		}
		if (!settings.username().equalsIgnoreCase(claims.path("sub").asString(""))) {
			throw new OAuthError(400, "invalid_grant", "user hasn't approved this consumer");
		}
	}

	private static boolean containsAny(JsonNode array, List<String> audiences) {
		for (JsonNode node : array) {
			if (audiences.contains(stripSlash(node.asString("")))) {
				return true;
			}
		}
		return false;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static JsonNode decode(String part) {
		try {
			return Json.parse(Base64.getUrlDecoder().decode(part));
		}
		catch (RuntimeException ex) {
			throw new OAuthError(400, "invalid_grant", "invalid assertion");
		}
	}

}
