package io.financialforce.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import io.financialforce.FinancialForceAuthenticationException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.financialforce.auth.TokenEndpoint.ACCESS_TOKEN;
import static io.financialforce.auth.TokenEndpoint.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests of the JWT bearer flow: the form, and an RS256 assertion verified with the public key.
 */
class JwtBearerAuthenticatorTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	static PrivateKey privateKey;

	static PublicKey publicKey;

	@StartStop
	final MockWebServer server = new MockWebServer();

	@BeforeAll
	static void loadKeys() throws Exception {
		privateKey = TestKeys.privateKey();
		publicKey = TestKeys.publicKey();
	}

	JwtBearerAuthenticator.Builder builder(URI loginUrl) {
		return JwtBearerAuthenticator.builder(loginUrl, CLIENT_ID, "ops@acme.example", privateKey)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void postsSignedAssertion() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));

		Session session = builder(TokenEndpoint.url(this.server)).build().authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		RecordedRequest request = TokenEndpoint.take(this.server);
		assertThat(request.getTarget()).isEqualTo("/services/oauth2/token");
		Map<String, String> form = TokenEndpoint.form(request);
		assertThat(form).containsOnlyKeys("grant_type", "assertion")
			.containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
		String[] parts = form.get("assertion").split("\\.");
		assertThat(parts).hasSize(3);
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initVerify(publicKey);
		signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
		JsonNode header = decode(parts[0]);
		assertThat(header.get("alg").asString()).isEqualTo("RS256");
		JsonNode claims = decode(parts[1]);
		assertThat(claims.get("iss").asString()).isEqualTo(CLIENT_ID);
		assertThat(claims.get("sub").asString()).isEqualTo("ops@acme.example");
		assertThat(claims.get("aud").asString()).isEqualTo(TokenEndpoint.url(this.server).toString());
		assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 180);
	}

	@Test
	void audienceOfMyDomainsIsTheLoginHost() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));
		URI url = TokenEndpoint.url(this.server);

		builder(url).audience("https://test.salesforce.com").validity(Duration.ofSeconds(60)).build().authenticate();

		JsonNode claims = decode(TokenEndpoint.form(TokenEndpoint.take(this.server)).get("assertion").split("\\.")[1]);
		assertThat(claims.get("aud").asString()).isEqualTo("https://test.salesforce.com");
		assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 60);
		assertThat(LoginUrls.audienceFor(URI.create("https://acme.my.salesforce.com")))
			.isEqualTo("https://login.salesforce.com");
		assertThat(LoginUrls.audienceFor(URI.create("https://acme--uat.sandbox.my.salesforce.com")))
			.isEqualTo("https://test.salesforce.com");
		assertThat(LoginUrls.audienceFor(LoginUrls.SANDBOX)).isEqualTo("https://test.salesforce.com");
	}

	@Test
	void validityIsAtMostThreeMinutes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder(LoginUrls.PRODUCTION).validity(Duration.ofMinutes(4)))
			.withMessageContaining("at most 3 minutes");
	}

	@Test
	void unapprovedUserGetsTheFix() {
		this.server.enqueue(TokenEndpoint.json(400,
				"{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}"));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> builder(TokenEndpoint.url(this.server)).build().authenticate())
			.withMessageContaining("user hasn't approved this consumer")
			.withMessageContaining("Pre-authorize the user");
	}

	@Test
	void wrongAudienceGetsTheFix() {
		this.server.enqueue(TokenEndpoint.json(400,
				"{\"error\":\"invalid_grant\",\"error_description\":\"audience is invalid\"}"));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> builder(TokenEndpoint.url(this.server)).build().authenticate())
			.withMessageContaining("Set the JWT audience");
	}

	@Test
	void everyRenewalSignsAFreshAssertion() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN + "2", null));
		JwtBearerAuthenticator authenticator = builder(TokenEndpoint.url(this.server)).build();

		Session first = authenticator.authenticate();
		Session second = authenticator.reauthenticate(first);

		assertThat(second.accessToken()).isEqualTo(ACCESS_TOKEN + "2");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(authenticator.toString()).contains(CLIENT_ID).doesNotContain("PRIVATE");
	}

	static JsonNode decode(String part) {
		return JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(part));
	}

}
