package io.financialforce.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.financialforce.autoconfigure.FinancialForceProperties.AuthMode;
import io.financialforce.autoconfigure.FinancialForceProperties.OAuth.Initiate;

/**
 * Which authentication mode the properties select, and why: {@code auth-mode} when it is set, else the one mode whose
 * credential is set. Knows which properties each mode needs.
 *
 * @param mode the chosen mode, never {@link AuthMode#AUTO}
 * @param reason why it was chosen, for the start-up log (no secret)
 */
record AuthChoice(AuthMode mode, String reason) {

	/** Every mode's required properties, in the order the "set these properties" report lists them. */
	static final Map<AuthMode, String> REQUIRED = requiredProperties();

	/**
	 * Chooses the mode.
	 * @param properties the bound properties
	 * @return the choice
	 * @throws FinancialForceCredentialsException if no credential is set, or credentials of several modes
	 */
	static AuthChoice of(FinancialForceProperties properties) {
		if (properties.getAuthMode() != AuthMode.AUTO) {
			return new AuthChoice(properties.getAuthMode(), "financialforce.auth-mode=" + name(properties.getAuthMode()));
		}
		Map<AuthMode, String> candidates = candidates(properties);
		if (candidates.size() == 1) {
			Map.Entry<AuthMode, String> only = candidates.entrySet().iterator().next();
			return new AuthChoice(only.getKey(), only.getValue() + " is set");
		}
		if (candidates.isEmpty()) {
			throw FinancialForceCredentialsException.missing();
		}
		throw FinancialForceCredentialsException.conflicting(conflict(candidates));
	}

	/**
	 * Describes credentials of more than one mode that are set while {@code auth-mode} is {@code auto}.
	 * @param candidates the modes whose credential is set, with the property that selects each
	 * @return the description and the fix
	 */
	static String conflict(Map<AuthMode, String> candidates) {
		List<String> parts = new ArrayList<>();
		candidates.forEach((mode, property) -> parts.add(property + " (" + name(mode) + ")"));
		return "Credentials of " + candidates.size() + " authentication modes are set: " + String.join(", ", parts)
				+ ". Remove all but one, or choose one with financialforce.auth-mode.";
	}

	/**
	 * The modes whose credential is set, with the property that selects each.
	 * @param properties the properties
	 * @return the candidates, in a fixed order
	 */
	static Map<AuthMode, String> candidates(FinancialForceProperties properties) {
		FinancialForceProperties.OAuth oauth = properties.getOauth();
		Map<AuthMode, String> candidates = new LinkedHashMap<>();
		if (isSet(properties.getAccessToken())) {
			candidates.put(AuthMode.ACCESS_TOKEN, "financialforce.access-token");
		}
		if (properties.getJwt().getPrivateKey() != null) {
			candidates.put(AuthMode.JWT, "financialforce.jwt.private-key");
		}
		if (isSet(oauth.getRefreshToken())) {
			candidates.put(AuthMode.REFRESH_TOKEN, "financialforce.oauth.refresh-token");
		}
		if (oauth.getInitiate() != Initiate.OFF) {
			candidates.put(AuthMode.AUTHORIZATION_CODE, "financialforce.oauth.initiate");
		}
		if (isSet(properties.getPassword())) {
			candidates.put(AuthMode.PASSWORD, "financialforce.password");
		}
		if (candidates.isEmpty() && hasText(oauth.getClientId()) && isSet(oauth.getClientSecret())) {
			candidates.put(AuthMode.CLIENT_CREDENTIALS, "financialforce.oauth.client-secret");
		}
		return candidates;
	}

	/**
	 * The required properties of a mode that are not set.
	 * @param mode the mode
	 * @param properties the properties
	 * @return the missing properties' names, empty if none is missing
	 */
	static List<String> missing(AuthMode mode, FinancialForceProperties properties) {
		FinancialForceProperties.OAuth oauth = properties.getOauth();
		List<String> missing = new ArrayList<>();
		switch (mode) {
			case ACCESS_TOKEN -> {
				require(missing, isSet(properties.getAccessToken()), "financialforce.access-token");
				require(missing, properties.getInstanceUrl() != null, "financialforce.instance-url");
			}
			case JWT -> {
				require(missing, hasText(oauth.getClientId()), "financialforce.oauth.client-id");
				require(missing, properties.getJwt().getPrivateKey() != null, "financialforce.jwt.private-key");
				require(missing, hasText(jwtUsername(properties)), "financialforce.jwt.username");
			}
			case CLIENT_CREDENTIALS -> {
				require(missing, hasText(oauth.getClientId()), "financialforce.oauth.client-id");
				require(missing, isSet(oauth.getClientSecret()), "financialforce.oauth.client-secret");
				require(missing, properties.getLoginUrl() != null, "financialforce.login-url (the org's My Domain)");
			}
			case AUTHORIZATION_CODE -> require(missing, hasText(oauth.getClientId()), "financialforce.oauth.client-id");
			case REFRESH_TOKEN -> {
				require(missing, hasText(oauth.getClientId()), "financialforce.oauth.client-id");
				require(missing, isSet(oauth.getRefreshToken()), "financialforce.oauth.refresh-token");
			}
			case PASSWORD -> {
				require(missing, hasText(properties.getUser()), "financialforce.user");
				require(missing, isSet(properties.getPassword()), "financialforce.password");
			}
			case AUTO -> throw new IllegalArgumentException("AUTO is no mode to check");
		}
		return missing;
	}

	static @Nullable String jwtUsername(FinancialForceProperties properties) {
		String username = properties.getJwt().getUsername();
		return hasText(username) ? username : properties.getUser();
	}

	static String name(AuthMode mode) {
		return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static boolean isSet(char @Nullable [] secret) {
		return secret != null && secret.length > 0;
	}

	static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static void require(List<String> missing, boolean present, String property) {
		if (!present) {
			missing.add(property);
		}
	}

	private static Map<AuthMode, String> requiredProperties() {
		Map<AuthMode, String> required = new LinkedHashMap<>();
		required.put(AuthMode.JWT, "financialforce.oauth.client-id, financialforce.jwt.username,"
				+ " financialforce.jwt.private-key (recommended for servers)");
		required.put(AuthMode.CLIENT_CREDENTIALS, "financialforce.login-url (My Domain), financialforce.oauth.client-id,"
				+ " financialforce.oauth.client-secret");
		required.put(AuthMode.AUTHORIZATION_CODE, "financialforce.oauth.client-id,"
				+ " financialforce.oauth.initiate=get-and-refresh, financialforce.oauth.settings-location");
		required.put(AuthMode.REFRESH_TOKEN, "financialforce.oauth.client-id, financialforce.oauth.refresh-token");
		required.put(AuthMode.ACCESS_TOKEN, "financialforce.access-token, financialforce.instance-url");
		required.put(AuthMode.PASSWORD, "financialforce.user, financialforce.password, financialforce.security-token"
				+ " (legacy, being retired by Salesforce)");
		return Collections.unmodifiableMap(required);
	}

}
