package io.financialforce.auth;

import java.net.URI;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The legacy username + password (+ security token) login: the SOAP partner {@code login()} on an API version that
 * still has it (at most 64.0; data calls keep their own, newer version), or the OAuth username-password grant when a
 * client id is configured. Salesforce is retiring both; creating this authenticator logs one warning that names the
 * replacements.
 */
public final class UsernamePasswordAuthenticator implements Authenticator {

	private static final Logger logger = LoggerFactory.getLogger(UsernamePasswordAuthenticator.class);

	/** The newest API version that still has the SOAP {@code login()} call. */
	public static final String DEFAULT_SOAP_LOGIN_VERSION = "64.0";

	private final AuthHttp http;

	private final URI loginUrl;

	private final String username;

	private final char[] passwordAndToken;

	private final @Nullable String clientId;

	private final char @Nullable [] clientSecret;

	private final String soapVersion;

	private UsernamePasswordAuthenticator(Builder builder) {
		this.http = new AuthHttp(builder.restClient, builder.clock);
		this.loginUrl = builder.loginUrl;
		this.username = builder.username;
		char[] token = (builder.securityToken != null) ? builder.securityToken : new char[0];
		this.passwordAndToken = new char[builder.password.length + token.length];
		System.arraycopy(builder.password, 0, this.passwordAndToken, 0, builder.password.length);
		System.arraycopy(token, 0, this.passwordAndToken, builder.password.length, token.length);
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.soapVersion = builder.soapVersion;
		logger.warn("Logging in to Salesforce with username and password ({}). Salesforce is retiring this: SOAP login()"
				+ " is gone from API 65.0 and retired in Summer '27, the OAuth username-password flow is deprecated."
				+ " Switch to the JWT bearer flow (financialforce.oauth.client-id, financialforce.jwt.username,"
				+ " financialforce.jwt.private-key), client credentials (financialforce.oauth.client-id, financialforce.oauth.client-secret) or a"
				+ " consented refresh token (financialforce.oauth.initiate=get-and-refresh).",
				(this.clientId != null) ? "OAuth password grant" : "SOAP login() on API " + this.soapVersion);
	}

	/**
	 * Starts a builder.
	 * @param loginUrl the login URL, for example {@link LoginUrls#SANDBOX}
	 * @param username the Salesforce username
	 * @param password the password
	 * @return the builder
	 */
	public static Builder builder(URI loginUrl, String username, char[] password) {
		return new Builder(loginUrl, username, password);
	}

	@Override
	public Session authenticate() {
		if (this.clientId != null) {
			return this.http.token(this.loginUrl, AuthHttp.form("grant_type", "password", "client_id", this.clientId,
					"client_secret", this.clientSecret, "username", this.username, "password", this.passwordAndToken))
				.session();
		}
		return SoapLogin.login(this.http, this.loginUrl, this.soapVersion, this.username, this.passwordAndToken);
	}

	@Override
	public String toString() {
		return "UsernamePasswordAuthenticator[loginUrl=" + this.loginUrl + ", username=" + this.username
				+ ", password=<redacted>]";
	}

	/** Builds a {@link UsernamePasswordAuthenticator}. */
	public static final class Builder {

		private final URI loginUrl;

		private final String username;

		private final char[] password;

		private char @Nullable [] securityToken;

		private @Nullable String clientId;

		private char @Nullable [] clientSecret;

		private String soapVersion = DEFAULT_SOAP_LOGIN_VERSION;

		private @Nullable RestClient restClient;

		private Clock clock = Clock.systemUTC();

		private Builder(URI loginUrl, String username, char[] password) {
			Assert.notNull(loginUrl, "'loginUrl' must not be null");
			Assert.hasText(username, "'username' must not be empty");
			Assert.isTrue(password != null && password.length > 0, "'password' must not be empty");
			this.loginUrl = loginUrl;
			this.username = username;
			this.password = password.clone();
		}

		/**
		 * Sets the security token, appended to the password (needed from IP ranges the org does not trust).
		 * @param securityToken the token
		 * @return this builder
		 */
		public Builder securityToken(char @Nullable [] securityToken) {
			this.securityToken = (securityToken != null) ? securityToken.clone() : null;
			return this;
		}

		/**
		 * Uses the OAuth username-password grant of this connected app instead of the SOAP login.
		 * @param clientId the client id (consumer key)
		 * @param clientSecret the client secret, if the app requires it
		 * @return this builder
		 */
		public Builder oauthClient(String clientId, char @Nullable [] clientSecret) {
			Assert.hasText(clientId, "'clientId' must not be empty");
			this.clientId = clientId;
			this.clientSecret = (clientSecret != null) ? clientSecret.clone() : null;
			return this;
		}

		/**
		 * Sets the API version of the SOAP login (default
		 * {@value UsernamePasswordAuthenticator#DEFAULT_SOAP_LOGIN_VERSION}, the newest that has it).
		 * @param version the version, for example {@code 64.0}
		 * @return this builder
		 */
		public Builder soapVersion(String version) {
			Assert.isTrue(version != null && version.matches("\\d+\\.0"), "'version' must look like 64.0");
			this.soapVersion = version;
			return this;
		}

		/**
		 * Sets the REST client for the login calls.
		 * @param restClient the client
		 * @return this builder
		 */
		public Builder restClient(RestClient restClient) {
			this.restClient = restClient;
			return this;
		}

		/**
		 * Sets the clock that dates SOAP sessions.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Builds the authenticator; logs the retirement warning.
		 * @return the authenticator
		 */
		public UsernamePasswordAuthenticator build() {
			return new UsernamePasswordAuthenticator(this);
		}

	}

}
