package io.financialforce.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.financialforce.FinancialForceAuthenticationException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import static io.financialforce.auth.TokenEndpoint.ACCESS_TOKEN;
import static io.financialforce.auth.TokenEndpoint.CLIENT_ID;
import static io.financialforce.auth.TokenEndpoint.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Wire tests of the authorization code flow with PKCE: the authorize URL, the loopback redirect, the code exchange,
 * stored tokens, silent refresh, and the {@link InitiateOAuth} modes. The test plays the browser.
 */
class AuthorizationCodeAuthenticatorTests {

	static final HttpClient BROWSER = HttpClient.newHttpClient();

	@StartStop
	final MockWebServer server = new MockWebServer();

	final InMemoryTokenStore store = new InMemoryTokenStore();

	final AtomicReference<Map<String, String>> authorizeParams = new AtomicReference<>();

	final AtomicInteger browserStatus = new AtomicInteger();

	AuthorizationCodeAuthenticator.Builder builder(AuthorizationPrompt prompt) {
		return AuthorizationCodeAuthenticator.builder(TokenEndpoint.url(this.server), CLIENT_ID)
			.redirectUri(URI.create("http://localhost:0/OauthRedirect"))
			.scope("api refresh_token")
			.tokenStore(this.store, "acme")
			.consentTimeout(Duration.ofSeconds(10))
			.prompt(prompt);
	}

	/** A browser whose user allows access: Salesforce redirects with a code and the state. */
	AuthorizationPrompt allow(String code) {
		return (url) -> {
			Map<String, String> params = UriComponentsBuilder.fromUri(url).build().getQueryParams().toSingleValueMap();
			this.authorizeParams.set(Map.copyOf(params));
			redirect(URI.create(decode(params.get("redirect_uri")) + "?code=" + code + "&state="
					+ params.get("state")));
		};
	}

	AuthorizationPrompt redirectWith(String query) {
		return (url) -> {
			Map<String, String> params = UriComponentsBuilder.fromUri(url).build().getQueryParams().toSingleValueMap();
			redirect(URI.create(decode(params.get("redirect_uri")) + "?" + query));
		};
	}

	static AuthorizationPrompt never() {
		return (url) -> {
			throw new AssertionError("No consent expected");
		};
	}

	void redirect(URI uri) {
		try {
			HttpResponse<String> response = BROWSER.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			this.browserStatus.set(response.statusCode());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void consentExchangesCodeWithVerifierAndStoresTokens() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, REFRESH_TOKEN));

		Session session = builder(allow("aPrxCODE123")).build().authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(this.browserStatus).hasValue(200);
		Map<String, String> authorize = this.authorizeParams.get();
		assertThat(authorize).containsEntry("response_type", "code")
			.containsEntry("client_id", CLIENT_ID)
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "api%20refresh_token")
			.containsKeys("code_challenge", "state");
		String redirectUri = decode(authorize.get("redirect_uri"));
		assertThat(redirectUri).startsWith("http://localhost:").endsWith("/OauthRedirect")
			.isNotEqualTo("http://localhost:0/OauthRedirect");
		RecordedRequest exchange = TokenEndpoint.take(this.server);
		assertThat(exchange.getTarget()).isEqualTo("/services/oauth2/token");
		Map<String, String> form = TokenEndpoint.form(exchange);
		assertThat(form).containsOnlyKeys("grant_type", "code", "client_id", "redirect_uri", "code_verifier")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "aPrxCODE123")
			.containsEntry("redirect_uri", redirectUri);
		assertThat(Pkce.challenge(form.get("code_verifier"))).isEqualTo(authorize.get("code_challenge"));
		assertThat(form.get("code_verifier")).hasSizeBetween(43, 128);
		assertThat(this.store.load("acme")).hasValueSatisfying((tokens) -> {
			assertThat(tokens.refreshToken()).isEqualTo(REFRESH_TOKEN);
			assertThat(tokens.session()).isEqualTo(session);
		});
	}

	@Test
	void laterRunsRefreshSilently() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, REFRESH_TOKEN));
		builder(allow("code")).build().authenticate();
		TokenEndpoint.take(this.server);
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN + "2", null));
		AuthorizationCodeAuthenticator restarted = builder(never()).build();

		Session stored = restarted.authenticate();
		Session refreshed = restarted.reauthenticate(stored);

		assertThat(stored.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(refreshed.accessToken()).isEqualTo(ACCESS_TOKEN + "2");
		assertThat(TokenEndpoint.form(TokenEndpoint.take(this.server))).containsExactly(
				entry("grant_type", "refresh_token"), entry("refresh_token", REFRESH_TOKEN), entry("client_id", CLIENT_ID));
		assertThat(this.store.load("acme").orElseThrow().refreshToken()).isEqualTo(REFRESH_TOKEN);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void revokedRefreshTokenAsksForConsentAgain() throws Exception {
		this.store.update("acme", (current) -> new StoredTokens("revoked", null));
		this.server.enqueue(TokenEndpoint.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired"
				+ " access/refresh token\"}"));
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, REFRESH_TOKEN));
		AuthorizationCodeAuthenticator authenticator = builder(allow("code")).build();

		Session session = authenticator.reauthenticate(new Session("old", URI.create("https://x"),
				java.time.Instant.EPOCH, null));

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(this.store.load("acme").orElseThrow().refreshToken()).isEqualTo(REFRESH_TOKEN);
	}

	@Test
	void refreshModeNeverPrompts() {
		AuthorizationCodeAuthenticator authenticator = builder(never()).initiateOAuth(InitiateOAuth.REFRESH).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(authenticator::authenticate)
			.withMessageContaining("No refresh token is stored for acme")
			.withMessageContaining("GET_AND_REFRESH");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void offModeUsesOnlyTheStoredToken() {
		AuthorizationCodeAuthenticator authenticator = builder(never()).initiateOAuth(InitiateOAuth.OFF).build();
		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(authenticator::authenticate)
			.withMessageContaining("InitiateOAuth is OFF and no access token is stored");
		Session stored = new Session(ACCESS_TOKEN, URI.create("https://acme.my.salesforce.com"),
				java.time.Instant.EPOCH, null);
		this.store.update("acme", (current) -> new StoredTokens(REFRESH_TOKEN, stored));

		assertThat(authenticator.authenticate()).isEqualTo(stored);
		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> authenticator.reauthenticate(stored))
			.withMessageContaining("the stored access token was rejected");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void deniedConsentIsExplained() {
		AuthorizationCodeAuthenticator authenticator = builder((url) -> {
			String state = UriComponentsBuilder.fromUri(url).build().getQueryParams().getFirst("state");
			redirectWith("error=access_denied&error_description=end-user+denied+authorization&state=" + state)
				.show(url);
		}).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(authenticator::authenticate)
			.withMessageContaining("refused the authorization: access_denied end-user denied authorization");
		assertThat(this.browserStatus).hasValue(400);
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void strayRequestsToTheCallbackAreIgnored() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, REFRESH_TOKEN));
		AuthorizationPrompt prefetchingBrowser = (url) -> {
			redirectWith("").show(url);
			assertThat(this.browserStatus).hasValue(400);
			allow("aPrxCODE").show(url);
		};

		Session session = builder(prefetchingBrowser).build().authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(TokenEndpoint.form(TokenEndpoint.take(this.server))).containsEntry("code", "aPrxCODE");
	}

	@Test
	void forgedStateIsRejected() {
		AuthorizationCodeAuthenticator authenticator = builder(redirectWith("code=stolen&state=forged")).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(authenticator::authenticate)
			.withMessageContaining("unexpected state");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void noRedirectTimesOut() {
		AuthorizationCodeAuthenticator authenticator = builder((url) -> {
		}).consentTimeout(Duration.ofMillis(50)).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(authenticator::authenticate)
			.withMessageContaining("No authorization arrived")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("CONSENT_TIMEOUT"));
	}

}
