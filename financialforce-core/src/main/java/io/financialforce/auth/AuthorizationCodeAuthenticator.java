package io.financialforce.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth authorization code flow with PKCE (S256) for a one-time consent, then silent refreshes — the seed
 * connector's {@code InitiateOAuth=GETANDREFRESH} with {@code OAuthSettingsLocation}.
 * <p>
 * When no refresh token is stored (and {@link InitiateOAuth#GET_AND_REFRESH} allows it), the authenticator shows the
 * authorize URL through its {@link AuthorizationPrompt} (by default: logs it and opens a browser when a desktop is
 * present), receives the redirect on a one-shot loopback server, exchanges the code, and stores the tokens in its
 * {@link TokenStore}. Afterwards, and across restarts with a {@link FileTokenStore}, it only refreshes.
 */
public final class AuthorizationCodeAuthenticator implements Authenticator {

	private static final Logger logger = LoggerFactory.getLogger(AuthorizationCodeAuthenticator.class);

	/** The default redirect URI (the one the Salesforce CLI registers). */
	public static final URI DEFAULT_REDIRECT_URI = URI.create("http://localhost:1717/OauthRedirect");

	private final AuthHttp http;

	private final TokenRefresher refresher;

	private final URI loginUrl;

	private final String clientId;

	private final char @Nullable [] clientSecret;

	private final URI redirectUri;

	private final @Nullable String scope;

	private final InitiateOAuth initiateOAuth;

	private final TokenStore tokenStore;

	private final String storeKey;

	private final AuthorizationPrompt prompt;

	private final Duration consentTimeout;

	private AuthorizationCodeAuthenticator(Builder builder) {
		this.http = new AuthHttp(builder.restClient, builder.clock);
		this.loginUrl = builder.loginUrl;
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.redirectUri = builder.redirectUri;
		this.scope = builder.scope;
		this.initiateOAuth = builder.initiateOAuth;
		this.tokenStore = builder.tokenStore;
		this.storeKey = (builder.storeKey != null) ? builder.storeKey
				: builder.clientId + "@" + LoginUrls.origin(builder.loginUrl);
		this.prompt = builder.prompt;
		this.consentTimeout = builder.consentTimeout;
		this.refresher = new TokenRefresher(this.http, this.loginUrl, this.clientId, this.clientSecret,
				this.tokenStore, this.storeKey);
	}

	/**
	 * Starts a builder.
	 * @param loginUrl the login URL, for example {@link LoginUrls#PRODUCTION}
	 * @param clientId the connected app's client id (consumer key)
	 * @return the builder
	 */
	public static Builder builder(URI loginUrl, String clientId) {
		return new Builder(loginUrl, clientId);
	}

	@Override
	public Session authenticate() {
		return switch (this.initiateOAuth) {
			case OFF -> this.tokenStore.load(this.storeKey)
				.flatMap(StoredTokens::latestSession)
				.orElseThrow(() -> offFailure("no access token is stored"));
			case REFRESH -> this.refresher.current();
			case GET_AND_REFRESH -> this.refresher.hasRefreshToken() ? this.refresher.current() : consent();
		};
	}

	@Override
	public Session reauthenticate(Session rejected) {
		return switch (this.initiateOAuth) {
			case OFF -> throw offFailure("the stored access token was rejected");
			case REFRESH -> this.refresher.refresh(rejected);
			case GET_AND_REFRESH -> refreshOrConsent(rejected);
		};
	}

	private Session refreshOrConsent(Session rejected) {
		try {
			return this.refresher.refresh(rejected);
		}
		catch (FinancialForceAuthenticationException ex) {
			logger.warn("The stored refresh token no longer works ({}); asking for consent again", ex.errorCode());
			return consent();
		}
	}

	private synchronized Session consent() {
		Pkce pkce = Pkce.create();
		String state = Pkce.random(16);
		try (LoopbackCallbackServer callback = LoopbackCallbackServer.start(this.redirectUri, state)) {
			URI redirect = callback.redirectUri();
			UriComponentsBuilder authorize = UriComponentsBuilder.fromUriString(LoginUrls.origin(this.loginUrl))
				.path("/services/oauth2/authorize")
				.queryParam("response_type", "code")
				.queryParam("client_id", this.clientId)
				.queryParam("redirect_uri", redirect)
				.queryParam("code_challenge", pkce.challenge())
				.queryParam("code_challenge_method", "S256")
				.queryParam("state", state);
			if (this.scope != null) {
				authorize.queryParam("scope", this.scope);
			}
			this.prompt.show(authorize.encode().build().toUri());
			String code = callback.awaitCode(this.consentTimeout);
			TokenResponse tokens = this.http.token(this.loginUrl,
					AuthHttp.form("grant_type", "authorization_code", "code", code, "client_id", this.clientId,
							"client_secret", this.clientSecret, "redirect_uri", redirect.toString(), "code_verifier",
							pkce.verifier()));
			if (tokens.refreshToken() == null) {
				logger.warn("The consent returned no refresh token; add the 'refresh_token' scope to the connected app"
						+ " or the configured scope, or the next expiry will ask again");
			}
			return this.refresher.store(tokens);
		}
	}

	private FinancialForceAuthenticationException offFailure(String what) {
		return new FinancialForceAuthenticationException("InitiateOAuth is OFF and " + what + " for " + this.storeKey
				+ " in " + this.tokenStore + ". Set InitiateOAuth to GET_AND_REFRESH (once, interactively) or REFRESH.",
				0, List.of(ApiError.of("INVALID_SESSION_ID", what)), null);
	}

	@Override
	public String toString() {
		return "AuthorizationCodeAuthenticator[loginUrl=" + this.loginUrl + ", clientId=" + this.clientId
				+ ", initiateOAuth=" + this.initiateOAuth + ", tokenStore=" + this.tokenStore + "]";
	}

	/** Builds an {@link AuthorizationCodeAuthenticator}. */
	public static final class Builder {

		private final URI loginUrl;

		private final String clientId;

		private char @Nullable [] clientSecret;

		private URI redirectUri = DEFAULT_REDIRECT_URI;

		private @Nullable String scope;

		private InitiateOAuth initiateOAuth = InitiateOAuth.GET_AND_REFRESH;

		private TokenStore tokenStore = new InMemoryTokenStore();

		private @Nullable String storeKey;

		private AuthorizationPrompt prompt = AuthorizationPrompt.logAndBrowse();

		private Duration consentTimeout = Duration.ofMinutes(5);

		private @Nullable RestClient restClient;

		private Clock clock = Clock.systemUTC();

		private Builder(URI loginUrl, String clientId) {
			Assert.notNull(loginUrl, "'loginUrl' must not be null");
			Assert.hasText(clientId, "'clientId' must not be empty");
			this.loginUrl = loginUrl;
			this.clientId = clientId;
		}

		/**
		 * Sets the client secret, for connected apps that require it with PKCE.
		 * @param clientSecret the secret
		 * @return this builder
		 */
		public Builder clientSecret(char @Nullable [] clientSecret) {
			this.clientSecret = (clientSecret != null) ? clientSecret.clone() : null;
			return this;
		}

		/**
		 * Sets the redirect URI registered on the connected app (default {@code http://localhost:1717/OauthRedirect});
		 * it must be an {@code http} URL of this host; port 0 picks a free port.
		 * @param redirectUri the redirect URI
		 * @return this builder
		 */
		public Builder redirectUri(URI redirectUri) {
			Assert.isTrue(redirectUri != null && "http".equals(redirectUri.getScheme()),
					"'redirectUri' must be an http://localhost URL");
			this.redirectUri = redirectUri;
			return this;
		}

		/**
		 * Sets the scopes to ask for (default: the connected app's), for example {@code api refresh_token}.
		 * @param scope the space-separated scopes
		 * @return this builder
		 */
		public Builder scope(@Nullable String scope) {
			this.scope = scope;
			return this;
		}

		/**
		 * Sets when consent may be asked (default {@link InitiateOAuth#GET_AND_REFRESH}).
		 * @param initiateOAuth the mode
		 * @return this builder
		 */
		public Builder initiateOAuth(InitiateOAuth initiateOAuth) {
			Assert.notNull(initiateOAuth, "'initiateOAuth' must not be null");
			this.initiateOAuth = initiateOAuth;
			return this;
		}

		/**
		 * Sets where tokens are kept (default in memory; use a {@link FileTokenStore} to survive restarts).
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
		 * Sets how the authorize URL is shown (default {@link AuthorizationPrompt#logAndBrowse()}).
		 * @param prompt the prompt
		 * @return this builder
		 */
		public Builder prompt(AuthorizationPrompt prompt) {
			Assert.notNull(prompt, "'prompt' must not be null");
			this.prompt = prompt;
			return this;
		}

		/**
		 * Sets how long to wait for the consent (default 5 minutes).
		 * @param consentTimeout the timeout
		 * @return this builder
		 */
		public Builder consentTimeout(Duration consentTimeout) {
			Assert.isTrue(consentTimeout != null && !consentTimeout.isNegative(), "'consentTimeout' must be positive");
			this.consentTimeout = consentTimeout;
			return this;
		}

		/**
		 * Sets the REST client for the token endpoint.
		 * @param restClient the client
		 * @return this builder
		 */
		public Builder restClient(RestClient restClient) {
			this.restClient = restClient;
			return this;
		}

		/**
		 * Sets the clock stamping sessions without {@code issued_at}.
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
		public AuthorizationCodeAuthenticator build() {
			return new AuthorizationCodeAuthenticator(this);
		}

	}

}
