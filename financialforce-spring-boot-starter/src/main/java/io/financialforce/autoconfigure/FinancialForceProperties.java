package io.financialforce.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties of FinancialForce for Spring, under {@code financialforce}.
 * <p>
 * The properties validate themselves while they are bound: a contradictory or incomplete set of credentials (for
 * example {@code jwt.private-key} without {@code oauth.client-id}) fails the start with a message naming the
 * properties to set. Secrets are {@code char[]}, never logged, and shown sanitized by the actuator's
 * {@code configprops} endpoint.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("financialforce")
public class FinancialForceProperties implements Validator {

	/**
	 * Salesforce username: of the legacy user + password + security token login, and the JWT bearer subject unless
	 * jwt.username is set.
	 */
	private @Nullable String user;

	/**
	 * Password of the legacy login. Salesforce is retiring password logins: prefer JWT bearer or client credentials.
	 */
	private char @Nullable [] password;

	/**
	 * Security token appended to the password by the legacy login (needed from IP addresses the org does not trust).
	 */
	private char @Nullable [] securityToken;

	/**
	 * Whether to log in to a sandbox (test.salesforce.com) rather than production (login.salesforce.com).
	 */
	private boolean useSandbox;

	/**
	 * Login host, e.g. a My Domain URL; overrides use-sandbox.
	 */
	private @Nullable URI loginUrl;

	/**
	 * Salesforce REST API version of data calls, e.g. 65.0 (the legacy SOAP login keeps its own version, 64.0).
	 */
	private String apiVersion = "65.0";

	/**
	 * How to authenticate; 'auto' chooses from the properties that are set and logs its choice at start-up.
	 */
	private AuthMode authMode = AuthMode.AUTO;

	/**
	 * Access token to use as it is, with instance-url (for tests and short scripts; it is not refreshed).
	 */
	private char @Nullable [] accessToken;

	/**
	 * Instance URL the access token belongs to, e.g. https://acme.my.salesforce.com.
	 */
	private @Nullable URI instanceUrl;

	/**
	 * Whether to log in, check the API version and check the entity mappings against the org's describe metadata
	 * while the application starts, failing fast (costs API calls at start-up; off: no call until first use).
	 */
	private boolean validateOnStartup;

	private final OAuth oauth = new OAuth();

	private final Jwt jwt = new Jwt();

	private final Http http = new Http();

	private final Query query = new Query();

	private final Write write = new Write();

	private final Repositories repositories = new Repositories();

	private final Health health = new Health();

	private final Observations observations = new Observations();

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public char @Nullable [] getPassword() {
		return this.password;
	}

	public void setPassword(char @Nullable [] password) {
		this.password = password;
	}

	public char @Nullable [] getSecurityToken() {
		return this.securityToken;
	}

	public void setSecurityToken(char @Nullable [] securityToken) {
		this.securityToken = securityToken;
	}

	public boolean isUseSandbox() {
		return this.useSandbox;
	}

	public void setUseSandbox(boolean useSandbox) {
		this.useSandbox = useSandbox;
	}

	public @Nullable URI getLoginUrl() {
		return this.loginUrl;
	}

	public void setLoginUrl(@Nullable URI loginUrl) {
		this.loginUrl = loginUrl;
	}

	public String getApiVersion() {
		return this.apiVersion;
	}

	public void setApiVersion(String apiVersion) {
		this.apiVersion = apiVersion;
	}

	public AuthMode getAuthMode() {
		return this.authMode;
	}

	public void setAuthMode(AuthMode authMode) {
		this.authMode = authMode;
	}

	public char @Nullable [] getAccessToken() {
		return this.accessToken;
	}

	public void setAccessToken(char @Nullable [] accessToken) {
		this.accessToken = accessToken;
	}

	public @Nullable URI getInstanceUrl() {
		return this.instanceUrl;
	}

	public void setInstanceUrl(@Nullable URI instanceUrl) {
		this.instanceUrl = instanceUrl;
	}

	public boolean isValidateOnStartup() {
		return this.validateOnStartup;
	}

	public void setValidateOnStartup(boolean validateOnStartup) {
		this.validateOnStartup = validateOnStartup;
	}

	public OAuth getOauth() {
		return this.oauth;
	}

	public Jwt getJwt() {
		return this.jwt;
	}

	public Http getHttp() {
		return this.http;
	}

	public Query getQuery() {
		return this.query;
	}

	public Write getWrite() {
		return this.write;
	}

	public Repositories getRepositories() {
		return this.repositories;
	}

	public Health getHealth() {
		return this.health;
	}

	public Observations getObservations() {
		return this.observations;
	}

	@Override
	public boolean supports(Class<?> type) {
		return FinancialForceProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PropertiesValidation.validate((FinancialForceProperties) target, errors);
	}

	/**
	 * How the application authenticates.
	 */
	public enum AuthMode {

		/** Chosen from the properties that are set. */
		AUTO,
		/** JWT bearer: a certificate-signed assertion, no secret in the requests (recommended for servers). */
		JWT,
		/** Client credentials of a connected app with a run-as user (My Domain login URL only). */
		CLIENT_CREDENTIALS,
		/** Authorization code with PKCE: one consent in a browser, then refresh tokens. */
		AUTHORIZATION_CODE,
		/** A refresh token given in oauth.refresh-token. */
		REFRESH_TOKEN,
		/** Legacy username + password + security token. */
		PASSWORD,
		/** An access token given as it is, with instance-url. */
		ACCESS_TOKEN

	}

	/**
	 * OAuth settings of the connected app.
	 */
	public static class OAuth {

		/**
		 * Consumer key of the connected app.
		 */
		private @Nullable String clientId;

		/**
		 * Consumer secret of the connected app.
		 */
		private char @Nullable [] clientSecret;

		/**
		 * Refresh token to start from (it is replaced by rotated tokens in the token store).
		 */
		private char @Nullable [] refreshToken;

		/**
		 * Redirect URL of the authorization code flow, as registered on the connected app; a one-shot loopback
		 * server on this http://localhost URL receives the code (port 0 picks a free port).
		 */
		private URI callbackUrl = URI.create("http://localhost:1717/OauthRedirect");

		/**
		 * When to run the authorization code consent: 'off' (never), 'get-and-refresh' (when no refresh token is
		 * stored), 'refresh' (only refresh; fail if no refresh token is stored).
		 */
		private Initiate initiate = Initiate.OFF;

		/**
		 * File that keeps OAuth tokens across restarts and processes (owner read/write only; '~/' is the user's
		 * home), e.g. ~/.financialforce/tokens.json; not set keeps them in memory.
		 */
		private @Nullable String settingsLocation;

		public @Nullable String getClientId() {
			return this.clientId;
		}

		public void setClientId(@Nullable String clientId) {
			this.clientId = clientId;
		}

		public char @Nullable [] getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(char @Nullable [] clientSecret) {
			this.clientSecret = clientSecret;
		}

		public char @Nullable [] getRefreshToken() {
			return this.refreshToken;
		}

		public void setRefreshToken(char @Nullable [] refreshToken) {
			this.refreshToken = refreshToken;
		}

		public URI getCallbackUrl() {
			return this.callbackUrl;
		}

		public void setCallbackUrl(URI callbackUrl) {
			this.callbackUrl = callbackUrl;
		}

		public Initiate getInitiate() {
			return this.initiate;
		}

		public void setInitiate(Initiate initiate) {
			this.initiate = initiate;
		}

		public @Nullable String getSettingsLocation() {
			return this.settingsLocation;
		}

		public void setSettingsLocation(@Nullable String settingsLocation) {
			this.settingsLocation = settingsLocation;
		}

		/**
		 * When the authorization code consent runs.
		 */
		public enum Initiate {

			/** Never: use the tokens given. */
			OFF,
			/** When no refresh token is stored, then refresh silently. */
			GET_AND_REFRESH,
			/** Only refresh; fail if no refresh token is stored. */
			REFRESH

		}

	}

	/**
	 * JWT bearer settings.
	 */
	public static class Jwt {

		/**
		 * Username the assertion is issued for (its 'sub'); defaults to financialforce.user.
		 */
		private @Nullable String username;

		/**
		 * Private key signing the assertion, e.g. file:/etc/ff/jwt.pem: an unencrypted PKCS#8 PEM file, or a
		 * PKCS#12 / JKS keystore (with keystore-password).
		 */
		private @Nullable Resource privateKey;

		/**
		 * Password of the keystore (and of its key); not used for a PEM private key.
		 */
		private char @Nullable [] keystorePassword;

		/**
		 * Alias of the key in the keystore; the first key when not set.
		 */
		private @Nullable String keyAlias;

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable Resource getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(@Nullable Resource privateKey) {
			this.privateKey = privateKey;
		}

		public char @Nullable [] getKeystorePassword() {
			return this.keystorePassword;
		}

		public void setKeystorePassword(char @Nullable [] keystorePassword) {
			this.keystorePassword = keystorePassword;
		}

		public @Nullable String getKeyAlias() {
			return this.keyAlias;
		}

		public void setKeyAlias(@Nullable String keyAlias) {
			this.keyAlias = keyAlias;
		}

	}

	/**
	 * HTTP settings of the client.
	 */
	public static class Http {

		/**
		 * Connect timeout of API and login calls.
		 */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/**
		 * Read timeout of API and login calls (SOQL queries may run for up to two minutes on the server).
		 */
		private Duration readTimeout = Duration.ofSeconds(130);

		/**
		 * Most retries of a request that is safe to repeat (reads, updates, upserts, deletes; never creates) after
		 * a transient failure, with exponential backoff; 0 disables retries.
		 */
		private int maxRetries = 3;

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

	}

	/**
	 * Query settings.
	 */
	public static class Query {

		/**
		 * Records per page of query results, 200 to 2000 (a hint the API may lower for wide rows).
		 */
		private int batchSize = 2000;

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

	}

	/**
	 * Write settings.
	 */
	public static class Write {

		/**
		 * Whether one failed record rolls back the other records of its sObject Collections call.
		 */
		private boolean allOrNone;

		public boolean isAllOrNone() {
			return this.allOrNone;
		}

		public void setAllOrNone(boolean allOrNone) {
			this.allOrNone = allOrNone;
		}

	}

	/**
	 * Repository settings.
	 */
	public static class Repositories {

		/**
		 * Whether to enable FinancialForce repositories (scanned from the auto-configuration packages unless the
		 * application declares @EnableFinancialForceRepositories).
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * How long a health result (one /limits call) is reused before the API is asked again; health probes within
		 * it cost no API call.
		 */
		private Duration cacheTimeToLive = Duration.ofMinutes(1);

		/**
		 * Share of the daily API request allocation, in percent (1 to 100), from which the health details carry a
		 * warning.
		 */
		private int usageWarningThreshold = 80;

		public Duration getCacheTimeToLive() {
			return this.cacheTimeToLive;
		}

		public void setCacheTimeToLive(Duration cacheTimeToLive) {
			this.cacheTimeToLive = cacheTimeToLive;
		}

		public int getUsageWarningThreshold() {
			return this.usageWarningThreshold;
		}

		public void setUsageWarningThreshold(int usageWarningThreshold) {
			this.usageWarningThreshold = usageWarningThreshold;
		}

	}

	/**
	 * Observations of the client's operations.
	 */
	public static class Observations {

		/**
		 * Whether query observations carry the SOQL text (high-cardinality key 'financialforce.soql') and the
		 * client's HTTP observations the query string of query URLs; off because literals in SOQL may be personal
		 * or confidential.
		 */
		private boolean includeSoql;

		public boolean isIncludeSoql() {
			return this.includeSoql;
		}

		public void setIncludeSoql(boolean includeSoql) {
			this.includeSoql = includeSoql;
		}

	}

}
