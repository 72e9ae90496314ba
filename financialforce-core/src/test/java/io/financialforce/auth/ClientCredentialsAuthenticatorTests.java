package io.financialforce.auth;

import java.net.URI;
import java.time.Instant;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.FinancialForceResourceFailureException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static io.financialforce.auth.TokenEndpoint.ACCESS_TOKEN;
import static io.financialforce.auth.TokenEndpoint.CLIENT_ID;
import static io.financialforce.auth.TokenEndpoint.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Wire tests of the client credentials flow and the token endpoint's answers.
 */
class ClientCredentialsAuthenticatorTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	ClientCredentialsAuthenticator authenticator() {
		return new ClientCredentialsAuthenticator(TokenEndpoint.url(this.server), CLIENT_ID,
				CLIENT_SECRET.toCharArray());
	}

	@Test
	void postsClientCredentialsForm() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));

		Session session = authenticator().authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		assertThat(session.instanceUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
		assertThat(session.issuedAt()).isEqualTo(Instant.ofEpochMilli(1764064800000L));
		assertThat(session.identityUrl())
			.isEqualTo(URI.create("https://login.salesforce.com/id/00D5g000004FAKE/0055g00000ABCDE"));
		RecordedRequest request = TokenEndpoint.take(this.server);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/services/oauth2/token");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(TokenEndpoint.form(request)).containsExactly(entry("grant_type", "client_credentials"),
				entry("client_id", CLIENT_ID), entry("client_secret", CLIENT_SECRET));
	}

	@Test
	void loginHostRefusalNamesMyDomain() {
		this.server.enqueue(TokenEndpoint.json(400,
				"{\"error\":\"invalid_grant\",\"error_description\":\"request not supported on this domain\"}"));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> authenticator().authenticate())
			.withMessageContaining("invalid_grant: request not supported on this domain")
			.withMessageContaining("My Domain URL")
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.errorCode()).isEqualTo("invalid_grant");
			});
	}

	@Test
	void missingRunAsUserIsNamed() {
		this.server.enqueue(TokenEndpoint.json(400,
				"{\"error\":\"invalid_grant\",\"error_description\":\"no client credentials user enabled\"}"));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> authenticator().authenticate())
			.withMessageContaining("Run As user");
	}

	@Test
	void answerWithoutTokenIsMalformedAndNotQuoted() {
		this.server.enqueue(TokenEndpoint.json(200, "{\"instance_url\":\"https://x\",\"refresh_token\":\"" 
				+ TokenEndpoint.REFRESH_TOKEN + "\"}"));
		this.server.enqueue(TokenEndpoint.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"instance_"));

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> authenticator().authenticate())
			.withMessageContaining("malformed")
			.withMessageNotContaining(TokenEndpoint.REFRESH_TOKEN);
		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> authenticator().authenticate())
			.withMessageNotContaining(ACCESS_TOKEN)
			.satisfies((ex) -> assertThat(ex.getCause()).isNull());
	}

	@Test
	void unreachableLoginHostIsResourceFailure() {
		ClientCredentialsAuthenticator unreachable = new ClientCredentialsAuthenticator(URI.create("http://127.0.0.1:1"),
				CLIENT_ID, CLIENT_SECRET.toCharArray());

		assertThatExceptionOfType(FinancialForceResourceFailureException.class).isThrownBy(unreachable::authenticate)
			.withMessageContaining("OAuth client_credentials grant at http://127.0.0.1:1/services/oauth2/token");
	}

	@Test
	void rateLimitedLoginIsTransient() {
		this.server.enqueue(TokenEndpoint.json(400, "{\"error\":\"rate_limit_exceeded\",\"error_description\":"
				+ "\"too many requests\"}"));

		assertThatExceptionOfType(io.financialforce.FinancialForceRequestLimitException.class)
			.isThrownBy(() -> authenticator().authenticate());
	}

}
