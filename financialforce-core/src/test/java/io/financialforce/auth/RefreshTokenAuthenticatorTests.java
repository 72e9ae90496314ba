package io.financialforce.auth;

import java.net.URI;
import java.time.Instant;

import io.financialforce.FinancialForceAuthenticationException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static io.financialforce.auth.TokenEndpoint.ACCESS_TOKEN;
import static io.financialforce.auth.TokenEndpoint.CLIENT_ID;
import static io.financialforce.auth.TokenEndpoint.CLIENT_SECRET;
import static io.financialforce.auth.TokenEndpoint.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Wire tests of the refresh token given directly, and of the access token given directly.
 */
class RefreshTokenAuthenticatorTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void refreshesWithTheGivenTokenAndKeepsTheRotatedOne() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, "5Aep861rotated"));
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN + "2", null));
		InMemoryTokenStore store = new InMemoryTokenStore();
		RefreshTokenAuthenticator authenticator = RefreshTokenAuthenticator
			.builder(TokenEndpoint.url(this.server), CLIENT_ID, REFRESH_TOKEN.toCharArray())
			.clientSecret(CLIENT_SECRET.toCharArray())
			.tokenStore(store, null)
			.build();

		Session first = authenticator.authenticate();
		Session second = authenticator.reauthenticate(first);

		assertThat(first.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(second.accessToken()).isEqualTo(ACCESS_TOKEN + "2");
		assertThat(TokenEndpoint.form(TokenEndpoint.take(this.server))).containsExactly(
				entry("grant_type", "refresh_token"), entry("refresh_token", REFRESH_TOKEN),
				entry("client_id", CLIENT_ID), entry("client_secret", CLIENT_SECRET));
		assertThat(TokenEndpoint.form(TokenEndpoint.take(this.server))).containsEntry("refresh_token",
				"5Aep861rotated");
		String key = CLIENT_ID + "@" + TokenEndpoint.url(this.server);
		assertThat(store.load(key).orElseThrow().refreshToken()).isEqualTo("5Aep861rotated");
		assertThat(authenticator.toString()).doesNotContain(REFRESH_TOKEN);
	}

	@Test
	void prefersANewerStoredRefreshToken() throws Exception {
		InMemoryTokenStore store = new InMemoryTokenStore();
		store.update("acme", (current) -> new StoredTokens("5Aep861newer", null));
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));

		RefreshTokenAuthenticator.builder(TokenEndpoint.url(this.server), CLIENT_ID, REFRESH_TOKEN.toCharArray())
			.tokenStore(store, "acme")
			.build()
			.authenticate();

		assertThat(TokenEndpoint.form(TokenEndpoint.take(this.server))).containsEntry("refresh_token", "5Aep861newer");
	}

	@Test
	void revokedRefreshTokenIsExplained() {
		this.server.enqueue(TokenEndpoint.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired"
				+ " access/refresh token\"}"));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> RefreshTokenAuthenticator
				.builder(TokenEndpoint.url(this.server), CLIENT_ID, REFRESH_TOKEN.toCharArray())
				.build()
				.authenticate())
			.withMessageContaining("run the consent flow again")
			.withMessageNotContaining(REFRESH_TOKEN);
	}

	@Test
	void accessTokenGivenDirectlyCannotBeRenewed() {
		AccessTokenAuthenticator authenticator = new AccessTokenAuthenticator(ACCESS_TOKEN.toCharArray(),
				URI.create("https://acme.my.salesforce.com"));

		Session session = authenticator.authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(session.toString()).doesNotContain(ACCESS_TOKEN).contains("<redacted>");
		assertThat(authenticator.toString()).doesNotContain(ACCESS_TOKEN);
		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> authenticator.reauthenticate(session))
			.withMessageContaining("JWT bearer, client credentials or a refresh token")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("INVALID_SESSION_ID"));
		assertThat(new Session(ACCESS_TOKEN, URI.create("https://x"), Instant.EPOCH, null).toString())
			.doesNotContain(ACCESS_TOKEN);
	}

}
