package io.financialforce.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.auth.AuthorizationCodeAuthenticator;
import io.financialforce.auth.Authenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.auth.FileTokenStore;
import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.auth.PrivateKeys;
import io.financialforce.auth.RefreshTokenAuthenticator;
import io.financialforce.auth.UsernamePasswordAuthenticator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every authentication flow, successes and failures, with TRACE logging captured, and checks that no password,
 * security token, client secret, authorization code, access or refresh token appears in the log, in any exception
 * message or in any {@code toString()}.
 */
class SecretLeakTests {

	static final String PASSWORD = "Sup3rSecretPassw0rd";

	static final String SECURITY_TOKEN = "SecTok3nXYZ";

	static final String CONSENT_CODE = "aPrxSecretAuthCode";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@StartStop
	final MockWebServer soap = new MockWebServer();

	final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

	final List<String> seen = new ArrayList<>();

	Level previousLevel;

	FakeOrg org;

	@BeforeEach
	void traceEverything() {
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
		this.org = new FakeOrg(this.server, "5Aep861initial.refresh", true);
		this.server.setDispatcher(this.org);
	}

	@AfterEach
	void restoreLogging() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
	}

	@Test
	void noFlowLeaksASecret(@TempDir Path directory) {
		URI login = MockApi.instance(this.server);
		char[] secret = FakeOrg.CLIENT_SECRET.toCharArray();
		use(new ClientCredentialsAuthenticator(login, FakeOrg.CLIENT_ID, secret));
		use(new ClientCredentialsAuthenticator(login, "wrong-client", secret));
		use(RefreshTokenAuthenticator.builder(login, FakeOrg.CLIENT_ID, "5Aep861initial.refresh".toCharArray())
			.clientSecret(secret)
			.tokenStore(new FileTokenStore(directory.resolve("tokens.json")), "acme")
			.build());
		use(RefreshTokenAuthenticator.builder(login, FakeOrg.CLIENT_ID, "5Aep861revoked.refresh".toCharArray()).build());
		use(JwtBearerAuthenticator.builder(login, FakeOrg.CLIENT_ID, "ops@acme.example",
				PrivateKeys.fromPem(Path.of("src/test/resources/io/financialforce/auth/test-jwt-key.pem")))
			.build());
		use(UsernamePasswordAuthenticator.builder(login, "ops@acme.example", PASSWORD.toCharArray())
			.securityToken(SECURITY_TOKEN.toCharArray())
			.oauthClient(FakeOrg.CLIENT_ID, secret)
			.build());
		use(AuthorizationCodeAuthenticator.builder(login, FakeOrg.CLIENT_ID)
			.redirectUri(URI.create("http://localhost:0/callback"))
			.prompt(SecretLeakTests::allow)
			.build());
		use(new AccessTokenAuthenticator("00Dfake!access.given".toCharArray(), login));
		soapLogins();

		assertThat(this.org.tokenRequests.get()).isGreaterThan(8);
		this.appender.list.forEach(this::record);
		assertThat(this.appender.list).isNotEmpty();
		assertThat(String.join("\n", this.seen)).isNotEmpty()
			.doesNotContain(PASSWORD)
			.doesNotContain(SECURITY_TOKEN)
			.doesNotContain(FakeOrg.CLIENT_SECRET)
			.doesNotContain(CONSENT_CODE)
			.doesNotContain("00Dfake!access")
			.doesNotContain("5Aep861")
			.doesNotContain(UsernamePasswordSoap.SESSION_ID);
	}

	private void use(Authenticator authenticator) {
		FinancialForceClient client = MockApi.client(authenticator).build();
		see(() -> client.limits());
		this.org.expireSessions();
		see(() -> client.limits());
		this.seen.add(authenticator.toString());
		this.seen.add(client.toString());
	}

	private void soapLogins() {
		this.soap.enqueue(UsernamePasswordSoap.result());
		this.soap.enqueue(UsernamePasswordSoap.fault());
		UsernamePasswordAuthenticator authenticator = UsernamePasswordAuthenticator
			.builder(MockApi.instance(this.soap), "ops@acme.example", PASSWORD.toCharArray())
			.securityToken(SECURITY_TOKEN.toCharArray())
			.build();
		see(authenticator::authenticate);
		see(authenticator::authenticate);
		this.seen.add(authenticator.toString());
	}

	private void see(Supplier<?> call) {
		try {
			this.seen.add(String.valueOf(call.get()));
		}
		catch (RuntimeException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				this.seen.add(t.toString());
			}
		}
	}

	private void record(ILoggingEvent event) {
		this.seen.add(event.getFormattedMessage());
		for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
			this.seen.add(t.getClassName() + ": " + t.getMessage());
		}
	}

	static void allow(URI authorizeUrl) {
		var params = UriComponentsBuilder.fromUri(authorizeUrl).build().getQueryParams();
		String redirect = java.net.URLDecoder.decode(params.getFirst("redirect_uri"),
				java.nio.charset.StandardCharsets.UTF_8);
		try {
			HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect + "?code=" + CONSENT_CODE
					+ "&state=" + params.getFirst("state"))).build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** SOAP answers of the legacy login. */
	static final class UsernamePasswordSoap {

		static final String SESSION_ID = "00DsoapSessionSecret!AQ0";

		static MockResponse result() {
			return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml").body("<?xml version=\"1.0\""
					+ "?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:partner"
					+ ".soap.sforce.com\"><soapenv:Body><loginResponse><result><passwordExpired>false</passwordExpired>"
					+ "<serverUrl>https://acme.my.salesforce.com/services/Soap/u/64.0/00D</serverUrl><sessionId>"
					+ SESSION_ID + "</sessionId></result></loginResponse></soapenv:Body></soapenv:Envelope>").build();
		}

		static MockResponse fault() {
			return new MockResponse.Builder().code(500).addHeader("Content-Type", "text/xml").body("<?xml version=\"1.0\""
					+ "?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
					+ "<soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid"
					+ " username, password, security token; or user locked out.</faultstring></soapenv:Fault>"
					+ "</soapenv:Body></soapenv:Envelope>").build();
		}

	}

}
