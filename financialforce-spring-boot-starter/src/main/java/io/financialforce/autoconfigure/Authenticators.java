package io.financialforce.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.financialforce.InvalidFinancialForceApiUsageException;
import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.auth.Authenticator;
import io.financialforce.auth.AuthorizationCodeAuthenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.auth.InitiateOAuth;
import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.auth.LoginUrls;
import io.financialforce.auth.PrivateKeys;
import io.financialforce.auth.RefreshTokenAuthenticator;
import io.financialforce.auth.TokenStore;
import io.financialforce.auth.UsernamePasswordAuthenticator;
import io.financialforce.autoconfigure.FinancialForceProperties.AuthMode;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link Authenticator} the properties (or connection details) describe.
 */
final class Authenticators {

	private Authenticators() {
	}

	static URI loginUrl(FinancialForceProperties properties) {
		if (properties.getLoginUrl() != null) {
			return properties.getLoginUrl();
		}
		return properties.isUseSandbox() ? LoginUrls.SANDBOX : LoginUrls.PRODUCTION;
	}

	static Authenticator fromConnectionDetails(FinancialForceConnectionDetails details, RestClient restClient) {
		char[] secret = details.clientSecret();
		try {
			return new ClientCredentialsAuthenticator(details.loginUrl(), details.clientId(), secret, restClient,
					Clock.systemUTC());
		}
		finally {
			java.util.Arrays.fill(secret, '\0');
		}
	}

	static Authenticator fromProperties(FinancialForceProperties properties, AuthChoice choice, TokenStore tokenStore,
			RestClient restClient) {
		List<String> missing = AuthChoice.missing(choice.mode(), properties);
		if (!missing.isEmpty()) {
			throw FinancialForceCredentialsException.incomplete(choice.mode(), choice.reason(), missing);
		}
		FinancialForceProperties.OAuth oauth = properties.getOauth();
		URI loginUrl = loginUrl(properties);
		return switch (choice.mode()) {
			case ACCESS_TOKEN -> new AccessTokenAuthenticator(required(properties.getAccessToken()),
					required(properties.getInstanceUrl()));
			case JWT -> JwtBearerAuthenticator
				.builder(loginUrl, required(oauth.getClientId()), required(AuthChoice.jwtUsername(properties)),
						privateKey(properties.getJwt()))
				.restClient(restClient)
				.build();
			case CLIENT_CREDENTIALS -> new ClientCredentialsAuthenticator(loginUrl, required(oauth.getClientId()),
					required(oauth.getClientSecret()), restClient, Clock.systemUTC());
			case AUTHORIZATION_CODE -> AuthorizationCodeAuthenticator.builder(loginUrl, required(oauth.getClientId()))
				.clientSecret(oauth.getClientSecret())
				.redirectUri(oauth.getCallbackUrl())
				.initiateOAuth(InitiateOAuth.valueOf(oauth.getInitiate().name()))
				.tokenStore(tokenStore, null)
				.restClient(restClient)
				.build();
			case REFRESH_TOKEN -> RefreshTokenAuthenticator
				.builder(loginUrl, required(oauth.getClientId()), required(oauth.getRefreshToken()))
				.clientSecret(oauth.getClientSecret())
				.tokenStore(tokenStore, null)
				.restClient(restClient)
				.build();
			case PASSWORD -> password(properties, loginUrl, restClient);
			case AUTO -> throw new IllegalStateException("AUTO must be resolved first");
		};
	}

	private static Authenticator password(FinancialForceProperties properties, URI loginUrl, RestClient restClient) {
		UsernamePasswordAuthenticator.Builder builder = UsernamePasswordAuthenticator
			.builder(loginUrl, required(properties.getUser()), required(properties.getPassword()))
			.securityToken(properties.getSecurityToken())
			.restClient(restClient);
		String clientId = properties.getOauth().getClientId();
		if (AuthChoice.hasText(clientId)) {
			builder.oauthClient(clientId, properties.getOauth().getClientSecret());
		}
		return builder.build();
	}

	/**
	 * Loads the JWT signing key: PEM text when the resource starts with {@code -----BEGIN}, else a PKCS#12 key store
	 * (JKS for a {@code .jks} file).
	 */
	static PrivateKey privateKey(FinancialForceProperties.Jwt jwt) {
		Resource resource = required(jwt.getPrivateKey());
		byte[] content;
		try (InputStream in = resource.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new InvalidFinancialForceApiUsageException("Cannot read financialforce.jwt.private-key ("
					+ resource.getDescription() + "): " + ex.getMessage() + ". Check the location.", 0, List.of(), ex);
		}
		String text = new String(content, StandardCharsets.US_ASCII);
		if (text.stripLeading().startsWith("-----BEGIN")) {
			return PrivateKeys.fromPem(text);
		}
		char[] password = jwt.getKeystorePassword();
		if (password == null) {
			throw new FinancialForceCredentialsException("financialforce.jwt.private-key (" + resource.getDescription()
					+ ") is a key store, not a PEM file, and financialforce.jwt.keystore-password is not set.",
					List.of("financialforce.jwt.keystore-password"));
		}
		String filename = String.valueOf(resource.getFilename()).toLowerCase(Locale.ROOT);
		String type = filename.endsWith(".jks") ? "JKS" : "PKCS12";
		try {
			Path file = Files.createTempFile("financialforce-jwt", ".keystore");
			try {
				Files.write(file, content);
				return PrivateKeys.fromKeyStore(file, type, password, jwt.getKeyAlias(), null);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new InvalidFinancialForceApiUsageException("Cannot read the key store of"
					+ " financialforce.jwt.private-key: " + ex.getMessage() + ".", 0, List.of(), ex);
		}
	}

	private static <T> T required(@Nullable T value) {
		Assert.state(value != null, "checked before");
		return value;
	}

	static String describe(AuthMode mode) {
		return switch (mode) {
			case JWT -> "the OAuth JWT bearer flow";
			case CLIENT_CREDENTIALS -> "the OAuth client credentials flow";
			case AUTHORIZATION_CODE -> "the OAuth authorization code flow with PKCE and stored refresh tokens";
			case REFRESH_TOKEN -> "the OAuth refresh token flow";
			case PASSWORD -> "the legacy username and password login";
			case ACCESS_TOKEN -> "the given access token";
			case AUTO -> "auto";
		};
	}

}
