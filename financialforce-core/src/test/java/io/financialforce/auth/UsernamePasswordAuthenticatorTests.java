package io.financialforce.auth;

import java.net.URI;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.financialforce.FinancialForceAuthenticationException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static io.financialforce.auth.TokenEndpoint.ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Wire tests of the legacy username and password login: SOAP {@code login()} and the OAuth password grant.
 */
class UsernamePasswordAuthenticatorTests {

	static final String SESSION_ID = "00D5g000004FAKE!AQ0AQsoap.session.id";

	@StartStop
	final MockWebServer server = new MockWebServer();

	final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	final Logger logger = (Logger) LoggerFactory.getLogger(UsernamePasswordAuthenticator.class);

	@BeforeEach
	void captureLogs() {
		this.logs.start();
		this.logger.addAppender(this.logs);
	}

	@AfterEach
	void releaseLogs() {
		this.logger.detachAppender(this.logs);
	}

	static MockResponse soapResult(boolean passwordExpired) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml;charset=UTF-8").body("""
				<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope
				 xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"
				 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result>
				<metadataServerUrl>https://acme.my.salesforce.com/services/Soap/m/64.0/00D5g000004FAKE</metadataServerUrl>
				<passwordExpired>%s</passwordExpired><sandbox>true</sandbox>
				<serverUrl>https://acme--uat.sandbox.my.salesforce.com/services/Soap/u/64.0/00D5g000004FAKE</serverUrl>
				<sessionId>%s</sessionId><userId>0055g00000ABCDEAA4</userId>
				<userInfo><organizationId>00D5g000004FAKEEA0</organizationId><sessionSecondsValid>7200</sessionSecondsValid>
				</userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>
				""".formatted(passwordExpired, SESSION_ID)).build();
	}

	UsernamePasswordAuthenticator.Builder builder() {
		return UsernamePasswordAuthenticator.builder(TokenEndpoint.url(this.server), "ops@acme.example.uat",
				"p<a&ss".toCharArray()).securityToken("T0KEN".toCharArray());
	}

	@Test
	void logsInWithSoapOnVersion64() throws Exception {
		this.server.enqueue(soapResult(false));

		Session session = builder().build().authenticate();

		assertThat(session.accessToken()).isEqualTo(SESSION_ID);
		assertThat(session.instanceUrl()).isEqualTo(URI.create("https://acme--uat.sandbox.my.salesforce.com"));
		RecordedRequest request = TokenEndpoint.take(this.server);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/services/Soap/u/64.0");
		assertThat(request.getHeaders().get("SOAPAction")).isEqualTo("login");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
		String envelope = request.getBody().utf8();
		assertThat(envelope).contains("<urn:username>ops@acme.example.uat</urn:username>")
			.contains("<urn:password>p&lt;a&amp;ssT0KEN</urn:password>")
			.contains("xmlns:urn=\"urn:partner.soap.sforce.com\"");
	}

	@Test
	void logsOneRetirementWarningNamingTheReplacements() {
		this.server.enqueue(soapResult(false));
		this.server.enqueue(soapResult(false));
		UsernamePasswordAuthenticator authenticator = builder().build();

		authenticator.reauthenticate(authenticator.authenticate());

		List<ILoggingEvent> warnings = this.logs.list.stream().filter((e) -> e.getLevel() == Level.WARN).toList();
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).getFormattedMessage()).contains("retiring")
			.contains("financialforce.jwt.private-key")
			.contains("financialforce.oauth.client-secret")
			.doesNotContain("p<a&ss")
			.doesNotContain("T0KEN");
	}

	@Test
	void soapFaultBecomesAuthenticationErrorWithFix() {
		this.server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/xml").body("""
				<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope
				 xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
				 xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body><soapenv:Fault>
				<faultcode>sf:INVALID_LOGIN</faultcode>
				<faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring>
				<detail><sf:LoginFault><sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>
				<sf:exceptionMessage>Invalid username, password, security token; or user locked out.</sf:exceptionMessage>
				</sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>
				""").build());

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> builder().build().authenticate())
			.withMessageContaining("SOAP login at")
			.withMessageContaining("INVALID_LOGIN: Invalid username, password, security token; or user locked out.")
			.withMessageContaining("security token")
			.withMessageNotContaining("T0KEN")
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(500);
				assertThat(ex.errorCode()).isEqualTo("INVALID_LOGIN");
			});
	}

	@Test
	void expiredPasswordIsReported() {
		this.server.enqueue(soapResult(true));

		assertThatExceptionOfType(FinancialForceAuthenticationException.class)
			.isThrownBy(() -> builder().build().authenticate())
			.withMessageContaining("password of ops@acme.example.uat has expired");
	}

	@Test
	void soapVersionIsConfigurable() throws Exception {
		this.server.enqueue(soapResult(false));

		builder().soapVersion("60.0").build().authenticate();

		assertThat(TokenEndpoint.take(this.server).getTarget()).isEqualTo("/services/Soap/u/60.0");
	}

	@Test
	void usesOAuthPasswordGrantWithClientId() throws Exception {
		this.server.enqueue(TokenEndpoint.token(ACCESS_TOKEN, null));

		Session session = builder().oauthClient(TokenEndpoint.CLIENT_ID, TokenEndpoint.CLIENT_SECRET.toCharArray())
			.build()
			.authenticate();

		assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
		RecordedRequest request = TokenEndpoint.take(this.server);
		assertThat(request.getTarget()).isEqualTo("/services/oauth2/token");
		assertThat(TokenEndpoint.form(request)).containsExactly(entry("grant_type", "password"),
				entry("client_id", TokenEndpoint.CLIENT_ID), entry("client_secret", TokenEndpoint.CLIENT_SECRET),
				entry("username", "ops@acme.example.uat"), entry("password", "p<a&ssT0KEN"));
		assertThat(this.logs.list).filteredOn((e) -> e.getLevel() == Level.WARN)
			.singleElement()
			.satisfies((e) -> assertThat(e.getFormattedMessage()).contains("OAuth password grant"));
	}

}
