package io.financialforce.auth;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The OAuth JWT bearer flow ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}), recommended for
 * servers: an RS256 assertion with {@code iss} = client id, {@code sub} = username, {@code aud} = login host and
 * {@code exp} at most 3 minutes ahead, signed with the private key whose certificate the connected app holds. The
 * user must be pre-authorized for the app. Every re-authentication signs a new assertion.
 */
public final class JwtBearerAuthenticator implements Authenticator {

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private final AuthHttp http;

	private final URI loginUrl;

	private final String clientId;

	private final String username;

	private final PrivateKey privateKey;

	private final String audience;

	private final Duration validity;

	private JwtBearerAuthenticator(Builder builder) {
		this.http = new AuthHttp(builder.restClient, builder.clock);
		this.loginUrl = builder.loginUrl;
		this.clientId = builder.clientId;
		this.username = builder.username;
		this.privateKey = builder.privateKey;
		this.audience = (builder.audience != null) ? builder.audience : LoginUrls.audienceFor(builder.loginUrl);
		this.validity = builder.validity;
	}

	/**
	 * Starts a builder.
	 * @param loginUrl the login URL, for example {@link LoginUrls#PRODUCTION} or a My Domain
	 * @param clientId the connected app's client id (consumer key)
	 * @param username the Salesforce username to act as
	 * @param privateKey the RSA private key, see {@link PrivateKeys}
	 * @return the builder
	 */
	public static Builder builder(URI loginUrl, String clientId, String username, PrivateKey privateKey) {
		return new Builder(loginUrl, clientId, username, privateKey);
	}

	@Override
	public Session authenticate() {
		String assertion = JwtAssertion.create(this.clientId, this.username, this.audience, this.http.clock.instant(),
				this.validity, this.privateKey);
		return this.http.token(this.loginUrl, AuthHttp.form("grant_type", GRANT_TYPE, "assertion", assertion))
			.session();
	}

	@Override
	public String toString() {
		return "JwtBearerAuthenticator[loginUrl=" + this.loginUrl + ", clientId=" + this.clientId + ", username="
				+ this.username + ", audience=" + this.audience + "]";
	}

	/** Builds a {@link JwtBearerAuthenticator}. */
	public static final class Builder {

		private final URI loginUrl;

		private final String clientId;

		private final String username;

		private final PrivateKey privateKey;

		private @Nullable String audience;

		private Duration validity = Duration.ofMinutes(3);

		private @Nullable RestClient restClient;

		private Clock clock = Clock.systemUTC();

		private Builder(URI loginUrl, String clientId, String username, PrivateKey privateKey) {
			Assert.notNull(loginUrl, "'loginUrl' must not be null");
			Assert.hasText(clientId, "'clientId' must not be empty");
			Assert.hasText(username, "'username' must not be empty");
			Assert.notNull(privateKey, "'privateKey' must not be null");
			this.loginUrl = loginUrl;
			this.clientId = clientId;
			this.username = username;
			this.privateKey = privateKey;
		}

		/**
		 * Sets the {@code aud} claim (default: {@code https://login.salesforce.com} or
		 * {@code https://test.salesforce.com} for My Domains, the login URL otherwise).
		 * @param audience the audience
		 * @return this builder
		 */
		public Builder audience(String audience) {
			Assert.hasText(audience, "'audience' must not be empty");
			this.audience = audience;
			return this;
		}

		/**
		 * Sets how long the assertion is valid (default and maximum 3 minutes).
		 * @param validity the validity
		 * @return this builder
		 */
		public Builder validity(Duration validity) {
			Assert.isTrue(!validity.isNegative() && !validity.isZero() && validity.compareTo(Duration.ofMinutes(3)) <= 0,
					"'validity' must be positive and at most 3 minutes");
			this.validity = validity;
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
		 * Sets the clock that dates the assertion.
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
		public JwtBearerAuthenticator build() {
			return new JwtBearerAuthenticator(this);
		}

	}

}
