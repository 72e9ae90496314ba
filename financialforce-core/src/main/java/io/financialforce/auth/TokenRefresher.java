package io.financialforce.auth;

import java.net.URI;
import java.util.List;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes sessions with the refresh token of a {@link TokenStore}, under the store's lock: a session another client
 * or process already refreshed is reused, and a rotated refresh token is persisted before the old one is dropped.
 */
final class TokenRefresher {

	private static final Logger logger = LoggerFactory.getLogger(TokenRefresher.class);

	private final AuthHttp http;

	private final URI loginUrl;

	private final String clientId;

	private final char @Nullable [] clientSecret;

	private final TokenStore store;

	private final String key;

	TokenRefresher(AuthHttp http, URI loginUrl, String clientId, char @Nullable [] clientSecret, TokenStore store,
			String key) {
		this.http = http;
		this.loginUrl = loginUrl;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.store = store;
		this.key = key;
	}

	boolean hasRefreshToken() {
		return this.store.load(this.key).map(StoredTokens::refreshToken).isPresent();
	}

	/** The stored session, or a refreshed one when none is stored. */
	Session current() {
		return this.store.load(this.key).flatMap(StoredTokens::latestSession).orElseGet(() -> refresh(null));
	}

	/** A session newer than {@code rejected}: the stored one if another client already refreshed, else a new one. */
	Session refresh(@Nullable Session rejected) {
		StoredTokens updated = this.store.update(this.key, (current) -> {
			if (current == null || current.refreshToken() == null) {
				throw noRefreshToken();
			}
			Session latest = current.session();
			if (latest != null && (rejected == null || !latest.accessToken().equals(rejected.accessToken()))) {
				logger.debug("Reusing the session another client refreshed for {}", this.key);
				return current;
			}
			TokenResponse response = this.http.token(this.loginUrl, AuthHttp.form("grant_type", "refresh_token",
					"refresh_token", current.refreshToken(), "client_id", this.clientId, "client_secret",
					this.clientSecret));
			boolean rotated = response.refreshToken() != null;
			logger.debug("Refreshed the session for {} (refresh token rotated: {})", this.key, rotated);
			return new StoredTokens(rotated ? response.refreshToken() : current.refreshToken(), response.session());
		});
		Session session = updated.session();
		if (session == null) {
			throw noRefreshToken();
		}
		return session;
	}

	/** Stores {@code tokens} as the connection's new tokens (after a consent or a first login). */
	Session store(TokenResponse tokens) {
		this.store.update(this.key, (current) -> new StoredTokens(
				(tokens.refreshToken() != null) ? tokens.refreshToken() : (current != null) ? current.refreshToken() : null,
				tokens.session()));
		return tokens.session();
	}

	/** Seeds the store with a refresh token given in configuration, unless it already holds one (maybe newer). */
	void seed(String refreshToken) {
		this.store.update(this.key,
				(current) -> (current != null && current.refreshToken() != null) ? current
						: new StoredTokens(refreshToken, null));
	}

	private FinancialForceAuthenticationException noRefreshToken() {
		return new FinancialForceAuthenticationException("No refresh token is stored for " + this.key + " in "
				+ this.store + ". Run the authorization code flow once (InitiateOAuth GET_AND_REFRESH) or configure a"
				+ " refresh token.", 0, List.of(ApiError.of("NO_REFRESH_TOKEN", "no refresh token stored")), null);
	}

}
