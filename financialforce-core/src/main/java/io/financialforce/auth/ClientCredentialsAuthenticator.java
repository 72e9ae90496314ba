package io.financialforce.auth;

import java.net.URI;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The OAuth client credentials flow ({@code grant_type=client_credentials}) for server-to-server integration. The
 * login URL must be the org's My Domain (or the emulator); the connected app needs a Run As user.
 */
public final class ClientCredentialsAuthenticator implements Authenticator {

	private final AuthHttp http;

	private final URI loginUrl;

	private final String clientId;

	private final char[] clientSecret;

	/**
	 * Creates the authenticator with the default REST client.
	 * @param loginUrl the org's My Domain URL, for example {@code https://acme.my.salesforce.com}
	 * @param clientId the connected app's client id (consumer key)
	 * @param clientSecret the connected app's client secret
	 */
	public ClientCredentialsAuthenticator(URI loginUrl, String clientId, char[] clientSecret) {
		this(loginUrl, clientId, clientSecret, null, Clock.systemUTC());
	}

	/**
	 * Creates the authenticator.
	 * @param loginUrl the org's My Domain URL
	 * @param clientId the connected app's client id (consumer key)
	 * @param clientSecret the connected app's client secret
	 * @param restClient the REST client for the token endpoint, {@literal null} for the default
	 * @param clock the clock stamping sessions without {@code issued_at}
	 */
	public ClientCredentialsAuthenticator(URI loginUrl, String clientId, char[] clientSecret,
			@Nullable RestClient restClient, Clock clock) {
		Assert.notNull(loginUrl, "'loginUrl' must not be null");
		Assert.hasText(clientId, "'clientId' must not be empty");
		Assert.isTrue(clientSecret != null && clientSecret.length > 0, "'clientSecret' must not be empty");
		this.http = new AuthHttp(restClient, clock);
		this.loginUrl = loginUrl;
		this.clientId = clientId;
		this.clientSecret = clientSecret.clone();
	}

	@Override
	public Session authenticate() {
		return this.http.token(this.loginUrl, AuthHttp.form("grant_type", "client_credentials", "client_id",
				this.clientId, "client_secret", this.clientSecret)).session();
	}

	@Override
	public String toString() {
		return "ClientCredentialsAuthenticator[loginUrl=" + this.loginUrl + ", clientId=" + this.clientId
				+ ", clientSecret=<redacted>]";
	}

}
