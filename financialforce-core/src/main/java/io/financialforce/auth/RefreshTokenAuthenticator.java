package io.financialforce.auth;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Authenticates with an OAuth refresh token given in configuration ({@code grant_type=refresh_token}). The token is
 * kept in a {@link TokenStore}, so a rotated refresh token replaces the configured one and survives restarts when the
 * store is a {@link FileTokenStore}.
 */
public final class RefreshTokenAuthenticator implements Authenticator {

	private final TokenRefresher refresher;

	private final char[] refreshToken;

	private final AtomicBoolean seeded = new AtomicBoolean();

	private RefreshTokenAuthenticator(Builder builder) {
		this.refreshToken = builder.refreshToken.clone();
		AuthHttp http = new AuthHttp(builder.restClient, builder.clock);
		String key = (builder.storeKey != null) ? builder.storeKey
				: builder.clientId + "@" + LoginUrls.origin(builder.loginUrl);
		this.refresher = new TokenRefresher(http, builder.loginUrl, builder.clientId, builder.clientSecret,
				builder.tokenStore, key);
	}

	/**
	 * Starts a builder.
	 * @param loginUrl the login URL, for example {@link LoginUrls#PRODUCTION}
	 * @param clientId the connected app's client id (consumer key)
	 * @param refreshToken the refresh token
	 * @return the builder
	 */
	public static Builder builder(URI loginUrl, String clientId, char[] refreshToken) {
		return new Builder(loginUrl, clientId, refreshToken);
	}

	@Override
	public Session authenticate() {
		seed();
		return this.refresher.current();
	}

	@Override
	public Session reauthenticate(Session rejected) {
		seed();
		return this.refresher.refresh(rejected);
	}

	private void seed() {
		if (this.seeded.compareAndSet(false, true)) {
			this.refresher.seed(new String(this.refreshToken));
		}
	}

	@Override
	public String toString() {
		return "RefreshTokenAuthenticator[refreshToken=<redacted>]";
	}

	/** Builds a {@link RefreshTokenAuthenticator}. */
	public static final class Builder {

		private final URI loginUrl;

		private final String clientId;

		private final char[] refreshToken;

		private char @Nullable [] clientSecret;

		private TokenStore tokenStore = new InMemoryTokenStore();

		private @Nullable String storeKey;

		private @Nullable RestClient restClient;

		private Clock clock = Clock.systemUTC();

		private Builder(URI loginUrl, String clientId, char[] refreshToken) {
			Assert.notNull(loginUrl, "'loginUrl' must not be null");
			Assert.hasText(clientId, "'clientId' must not be empty");
			Assert.isTrue(refreshToken != null && refreshToken.length > 0, "'refreshToken' must not be empty");
			this.loginUrl = loginUrl;
			this.clientId = clientId;
			this.refreshToken = refreshToken.clone();
		}

		/**
		 * Sets the client secret, for connected apps that require it on refresh.
		 * @param clientSecret the secret
		 * @return this builder
		 */
		public Builder clientSecret(char @Nullable [] clientSecret) {
			this.clientSecret = (clientSecret != null) ? clientSecret.clone() : null;
			return this;
		}

		/**
		 * Sets where tokens are kept (default in memory).
		 * @param tokenStore the store
		 * @param key the connection's key in the store, {@literal null} for {@code clientId@loginUrl}
		 * @return this builder
		 */
		public Builder tokenStore(TokenStore tokenStore, @Nullable String key) {
			Assert.notNull(tokenStore, "'tokenStore' must not be null");
			this.tokenStore = tokenStore;
			this.storeKey = key;
			return this;
		}

		/**
		 * Sets the REST client for the token endpoint (default: JDK HTTP client, 10 s connect, 60 s read timeout).
		 * @param restClient the client
		 * @return this builder
		 */
		public Builder restClient(RestClient restClient) {
			this.restClient = restClient;
			return this;
		}

		/**
		 * Sets the clock (for tests).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Builds the authenticator.
		 * @return the authenticator
		 */
		public RefreshTokenAuthenticator build() {
			return new RefreshTokenAuthenticator(this);
		}

	}

}
