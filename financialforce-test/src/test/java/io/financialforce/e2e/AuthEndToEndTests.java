package io.financialforce.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.auth.Authenticator;
import io.financialforce.auth.AuthorizationCodeAuthenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.auth.InMemoryTokenStore;
import io.financialforce.auth.InitiateOAuth;
import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.auth.RefreshTokenAuthenticator;
import io.financialforce.auth.Session;
import io.financialforce.auth.UsernamePasswordAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.RequestKind;
import io.financialforce.emulator.DemoCredentials;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every authentication mode against the emulator over real HTTP: log in, call the API, survive a session expiry
 * with exactly one renewal.
 */
class AuthEndToEndTests {

	private static FinancialForceEmulator emulator;

	private static DemoCredentials credentials;

	private static URI login;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(0).rotateRefreshTokens(true).start();
		credentials = emulator.credentials();
		login = URI.create(emulator.loginUrl());
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void jwtBearer() {
		assertRenewsOnce(JwtBearerAuthenticator
			.builder(login, credentials.clientId(), credentials.username(), credentials.jwtPrivateKey())
			.build());
	}

	@Test
	void clientCredentials() {
		assertRenewsOnce(new ClientCredentialsAuthenticator(login, credentials.clientId(),
				credentials.clientSecret().toCharArray()));
	}

	@Test
	void legacySoapLogin() {
		assertRenewsOnce(UsernamePasswordAuthenticator
			.builder(login, credentials.username(), credentials.password().toCharArray())
			.securityToken(credentials.securityToken().toCharArray())
			.build());
	}

	@Test
	void legacyPasswordGrant() {
		assertRenewsOnce(UsernamePasswordAuthenticator
			.builder(login, credentials.username(), credentials.password().toCharArray())
			.securityToken(credentials.securityToken().toCharArray())
			.oauthClient(credentials.clientId(), credentials.clientSecret().toCharArray())
			.build());
	}

	@Test
	void wrongPasswordFailsWithTheOrgsErrorCode() {
		Authenticator wrong = UsernamePasswordAuthenticator.builder(login, credentials.username(), "nope".toCharArray())
			.build();
		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> client(wrong).limits())
			.withMessageContaining("INVALID_LOGIN")
			.withMessageNotContaining("nope");
	}

	@Test
	void authorizationCodeWithPkceThenRefreshTokens() throws Exception {
		InMemoryTokenStore store = new InMemoryTokenStore();
		URI redirect = URI.create("http://127.0.0.1:" + freePort() + "/callback");
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		long consents = emulator.requestCount(RequestFamily.AUTHORIZE);
		Authenticator consent = AuthorizationCodeAuthenticator.builder(login, credentials.clientId())
			.redirectUri(redirect)
			.tokenStore(store, "demo")
			.initiateOAuth(InitiateOAuth.GET_AND_REFRESH)
			.prompt((url) -> CompletableFuture.runAsync(() -> approve(browser, url)))
			.build();
		assertRenewsOnce(consent);
		assertThat(emulator.requestCount(RequestFamily.AUTHORIZE)).isEqualTo(consents + 1);
		String refreshToken = store.load("demo").orElseThrow().refreshToken();
		assertThat(refreshToken).isNotBlank();

		Authenticator silent = AuthorizationCodeAuthenticator.builder(login, credentials.clientId())
			.redirectUri(redirect)
			.tokenStore(store, "demo")
			.initiateOAuth(InitiateOAuth.REFRESH)
			.prompt((url) -> {
				throw new AssertionError("REFRESH must never prompt");
			})
			.build();
		emulator.expireSessions();
		assertThat(client(silent).limits()).isNotEmpty();
		assertThat(emulator.requestCount(RequestFamily.AUTHORIZE)).isEqualTo(consents + 1);
		assertThat(store.load("demo").orElseThrow().refreshToken()).as("rotated").isNotEqualTo(refreshToken);
	}

	@Test
	void refreshTokenGivenDirectly() throws Exception {
		InMemoryTokenStore store = new InMemoryTokenStore();
		URI redirect = URI.create("http://127.0.0.1:" + freePort() + "/callback");
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		AuthorizationCodeAuthenticator.builder(login, credentials.clientId())
			.redirectUri(redirect)
			.tokenStore(store, "consent")
			.prompt((url) -> CompletableFuture.runAsync(() -> approve(browser, url)))
			.build()
			.authenticate();
		String refreshToken = store.load("consent").orElseThrow().refreshToken();
		assertRenewsOnce(RefreshTokenAuthenticator.builder(login, credentials.clientId(), refreshToken.toCharArray())
			.tokenStore(new InMemoryTokenStore(), "direct")
			.build());
	}

	@Test
	void accessTokenGivenDirectlyCannotRenew() {
		Session session = JwtBearerAuthenticator
			.builder(login, credentials.clientId(), credentials.username(), credentials.jwtPrivateKey())
			.build()
			.authenticate();
		FinancialForceClient client = client(new AccessTokenAuthenticator(session.accessToken().toCharArray(),
				session.instanceUrl()));
		assertThat(client.limits()).isNotEmpty();
		emulator.expireSessions();
		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(client::limits);
	}

	private static void assertRenewsOnce(Authenticator authenticator) {
		FinancialForceClient client = client(authenticator);
		assertThat(client.limits()).containsKey("DailyApiRequests");
		emulator.expireSessions();
		assertThat(client.limits()).containsKey("DailyApiRequests");
		assertThat(client.sessionRenewals()).isEqualTo(1);
		assertThat(client.requestCount(RequestKind.LIMITS)).isEqualTo(3);
	}

	private static FinancialForceClient client(Authenticator authenticator) {
		return FinancialForceClient.builder(authenticator).build();
	}

	private static void approve(HttpClient browser, URI authorizeUrl) {
		try {
			browser.send(HttpRequest.newBuilder(authorizeUrl).build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
