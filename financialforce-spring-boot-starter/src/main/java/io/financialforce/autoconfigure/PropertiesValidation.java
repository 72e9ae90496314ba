package io.financialforce.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.financialforce.autoconfigure.FinancialForceProperties.AuthMode;
import io.financialforce.autoconfigure.FinancialForceProperties.OAuth.Initiate;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

import static io.financialforce.autoconfigure.AuthChoice.hasText;
import static io.financialforce.autoconfigure.AuthChoice.isSet;

/**
 * Checks {@link FinancialForceProperties} while they are bound: credentials that belong together, the chosen
 * authentication mode's required properties, and value ranges. Each problem is one error whose message names the
 * property and the fix; no message quotes a secret. Having no credentials at all is not an error here (a connection
 * details bean or a user's {@code Authenticator} may supply them).
 */
final class PropertiesValidation {

	private static final Pattern API_VERSION = Pattern.compile("v?\\d{2,3}\\.0");

	private PropertiesValidation() {
	}

	static void validate(FinancialForceProperties properties, Errors errors) {
		credentialsBelongTogether(properties, errors);
		chosenModeIsComplete(properties, errors);
		values(properties, errors);
	}

	private static void credentialsBelongTogether(FinancialForceProperties properties, Errors errors) {
		FinancialForceProperties.OAuth oauth = properties.getOauth();
		FinancialForceProperties.Jwt jwt = properties.getJwt();
		boolean clientId = hasText(oauth.getClientId());
		if (isSet(properties.getAccessToken()) != (properties.getInstanceUrl() != null)) {
			reject(errors, "accessTokenWithoutInstanceUrl", isSet(properties.getAccessToken())
					? "financialforce.access-token is set but financialforce.instance-url is missing: set the instance"
							+ " URL the token belongs to (e.g. https://acme.my.salesforce.com)."
					: "financialforce.instance-url is set but financialforce.access-token is missing: set both, or"
							+ " neither.");
		}
		if (jwt.getPrivateKey() != null && !clientId) {
			reject(errors, "jwtWithoutClientId", "financialforce.jwt.private-key is set but"
					+ " financialforce.oauth.client-id is missing: set the consumer key of the connected app that holds"
					+ " the key's certificate.");
		}
		if (jwt.getPrivateKey() != null && !hasText(AuthChoice.jwtUsername(properties))) {
			reject(errors, "jwtWithoutUsername", "financialforce.jwt.private-key is set but"
					+ " financialforce.jwt.username is missing: set the Salesforce username to act as.");
		}
		if (jwt.getPrivateKey() == null && (isSet(jwt.getKeystorePassword()) || hasText(jwt.getKeyAlias()))) {
			reject(errors, "keystoreWithoutKey", "financialforce.jwt.keystore-password or financialforce.jwt.key-alias"
					+ " is set but financialforce.jwt.private-key is missing: set the keystore's location.");
		}
		if (isSet(properties.getPassword()) && !hasText(properties.getUser())) {
			reject(errors, "passwordWithoutUser", "financialforce.password is set but financialforce.user is missing:"
					+ " set the Salesforce username.");
		}
		if (isSet(properties.getSecurityToken()) && !isSet(properties.getPassword())) {
			reject(errors, "tokenWithoutPassword", "financialforce.security-token is set but financialforce.password"
					+ " is missing: the token is appended to the password of the legacy login.");
		}
		if (!clientId) {
			String without = isSet(oauth.getClientSecret()) ? "financialforce.oauth.client-secret"
					: isSet(oauth.getRefreshToken()) ? "financialforce.oauth.refresh-token"
							: (oauth.getInitiate() != Initiate.OFF) ? "financialforce.oauth.initiate" : null;
			if (without != null) {
				reject(errors, "oauthWithoutClientId", without + " is set but financialforce.oauth.client-id is"
						+ " missing: set the consumer key of the connected app.");
			}
		}
	}

	private static void chosenModeIsComplete(FinancialForceProperties properties, Errors errors) {
		if (properties.getAuthMode() == AuthMode.AUTO) {
			Map<AuthMode, String> candidates = AuthChoice.candidates(properties);
			if (candidates.size() > 1) {
				reject(errors, "conflictingCredentials", AuthChoice.conflict(candidates));
			}
			else if (candidates.size() == 1) {
				checkComplete(candidates.keySet().iterator().next(), properties, errors);
			}
			return;
		}
		checkComplete(properties.getAuthMode(), properties, errors);
	}

	private static void checkComplete(AuthMode mode, FinancialForceProperties properties, Errors errors) {
		List<String> missing = AuthChoice.missing(mode, properties);
		if (!missing.isEmpty()) {
			reject(errors, "incompleteCredentials", "Authentication mode " + AuthChoice.name(mode) + " needs "
					+ String.join(", ", missing) + ", which " + ((missing.size() == 1) ? "is" : "are") + " not set.");
		}
	}

	private static void values(FinancialForceProperties properties, Errors errors) {
		if (!API_VERSION.matcher(String.valueOf(properties.getApiVersion())).matches()) {
			reject(errors, "apiVersion", "financialforce.api-version '" + properties.getApiVersion()
					+ "' is not of the form 65.0.");
		}
		httpUrl(errors, "financialforce.login-url", properties.getLoginUrl());
		httpUrl(errors, "financialforce.instance-url", properties.getInstanceUrl());
		URI callback = properties.getOauth().getCallbackUrl();
		if (callback == null || !"http".equals(callback.getScheme()) || callback.getHost() == null) {
			reject(errors, "callbackUrl", "financialforce.oauth.callback-url must be an http://localhost URL (the"
					+ " loopback server receiving the authorization code).");
		}
		positive(errors, "financialforce.http.connect-timeout", properties.getHttp().getConnectTimeout());
		positive(errors, "financialforce.http.read-timeout", properties.getHttp().getReadTimeout());
		positive(errors, "financialforce.health.cache-time-to-live", properties.getHealth().getCacheTimeToLive());
		range(errors, "financialforce.http.max-retries", properties.getHttp().getMaxRetries(), 0, 10);
		range(errors, "financialforce.query.batch-size", properties.getQuery().getBatchSize(), 200, 2000);
		range(errors, "financialforce.health.usage-warning-threshold",
				properties.getHealth().getUsageWarningThreshold(), 1, 100);
	}

	private static void httpUrl(Errors errors, String property, @Nullable URI url) {
		if (url != null && (url.getHost() == null
				|| !("https".equals(url.getScheme()) || "http".equals(url.getScheme())))) {
			reject(errors, "url", property + " '" + url + "' is not an absolute https URL (e.g."
					+ " https://acme.my.salesforce.com).");
		}
	}

	private static void positive(Errors errors, String property, @Nullable Duration duration) {
		if (duration == null || duration.isZero() || duration.isNegative()) {
			reject(errors, "positive", property + " must be a positive duration, e.g. 10s.");
		}
	}

	private static void range(Errors errors, String property, int value, int min, int max) {
		if (value < min || value > max) {
			reject(errors, "range", property + " is " + value + "; it must be from " + min + " to " + max + ".");
		}
	}

	private static void reject(Errors errors, String code, String message) {
		errors.reject("financialforce." + code, message);
	}

}
