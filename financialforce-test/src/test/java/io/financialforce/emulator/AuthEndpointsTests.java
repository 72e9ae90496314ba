package io.financialforce.emulator;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login endpoints over real HTTP: SOAP login, every OAuth grant, authorize, revoke, identity.
 */
class AuthEndpointsTests {

	private static final String LOGIN_XML = """
			<?xml version="1.0" encoding="utf-8"?>
			<env:Envelope xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com">
			  <env:Header><urn:CallOptions><urn:client>test</urn:client></urn:CallOptions></env:Header>
			  <env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com">
			    <n1:username>%s</n1:username><n1:password>%s</n1:password>
			  </n1:login></env:Body>
			</env:Envelope>""";

	static FinancialForceEmulator emulator;

	static Wire wire;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(20).start();
		wire = new Wire(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void soapLoginReturnsASessionUsableAsBearerToken() {
		Wire.Response response = wire.soap("64.0",
				LOGIN_XML.formatted("admin@demo.financialforce.example", "demo-passwordDEMOTOKEN"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("<loginResponse>", "<passwordExpired>false</passwordExpired>",
				"<serverUrl>" + emulator.instanceUrl() + "/services/Soap/u/64.0/00DDm0000000001</serverUrl>",
				"<sessionSecondsValid>7200</sessionSecondsValid>", "<organizationId>" + emulator.organizationId());
		String sessionId = between(response.text(), "<sessionId>", "</sessionId>");
		Wire data = new Wire(emulator);
		data.token(sessionId);
		assertThat(data.get(Wire.V + "/limits").status()).isEqualTo(200);
		assertThat(emulator.requestCount(RequestFamily.LOGIN)).isPositive();
	}

	@Test
	void soapLoginWithWrongPasswordFaultsWithInvalidLogin() {
		Wire.Response response = wire.soap("64.0", LOGIN_XML.formatted("admin@demo.financialforce.example", "nope"));
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.text()).contains("<faultcode>sf:INVALID_LOGIN</faultcode>",
				"<faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring>",
				"<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>", "xmlns:sf=\"urn:fault.partner.soap.sforce.com\"");
	}

	@Test
	void soapLoginIsRefusedFromVersion65() {
		Wire.Response response = wire.soap("65.0",
				LOGIN_XML.formatted("admin@demo.financialforce.example", "demo-passwordDEMOTOKEN"));
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.text()).contains("<faultcode>sf:INVALID_OPERATION</faultcode>",
				"The SOAP Login operation is not available in the API version specified (65.0)");
		assertThat(wire.soap("20.0", LOGIN_XML.formatted("a", "b")).text())
			.contains("sf:UNSUPPORTED_API_VERSION");
	}

	@Test
	void passwordGrantAnswersTheTokenResponse() {
		Wire.Response response = password("demo-passwordDEMOTOKEN");
		assertThat(response.status()).isEqualTo(200);
		var body = response.json();
		assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.path("instance_url").asString()).isEqualTo(emulator.instanceUrl());
		assertThat(body.path("id").asString()).startsWith(emulator.loginUrl() + "/id/" + emulator.organizationId() + "/005");
		assertThat(body.path("issued_at").isString()).isTrue();
		assertThat(body.has("refresh_token")).isFalse();
		assertThat(body.path("signature").asString()).isEqualTo(hmac(body.path("id").asString() + body.path("issued_at").asString()));
	}

	@Test
	void passwordGrantErrorsAreOAuthBodies() {
		Wire.Response wrongPassword = password("wrong");
		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(wrongPassword.json().path("error").asString()).isEqualTo("invalid_grant");
		assertThat(wrongPassword.json().path("error_description").asString()).isEqualTo("authentication failure");
		Wire.Response wrongClient = wire.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
				"other", "client_secret", "demo-client-secret", "username", "admin@demo.financialforce.example",
				"password", "demo-passwordDEMOTOKEN"));
		assertThat(wrongClient.json().path("error").asString()).isEqualTo("invalid_client_id");
		Wire.Response wrongSecret = wire.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
				"demo-client-id", "client_secret", "x", "username", "admin@demo.financialforce.example", "password",
				"demo-passwordDEMOTOKEN"));
		assertThat(wrongSecret.json().path("error").asString()).isEqualTo("invalid_client");
		Wire.Response unsupported = wire.form("/services/oauth2/token", Map.of("grant_type", "magic"));
		assertThat(unsupported.status()).isEqualTo(400);
		assertThat(unsupported.json().path("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void clientCredentialsGrantAcceptsBodyAndBasicAuthentication() {
		Wire.Response body = wire.form("/services/oauth2/token", Map.of("grant_type", "client_credentials",
				"client_id", "demo-client-id", "client_secret", "demo-client-secret"));
		assertThat(body.status()).isEqualTo(200);
		String basic = Base64.getEncoder().encodeToString("demo-client-id:demo-client-secret".getBytes(StandardCharsets.UTF_8));
		Wire.Response header = wire.send(HttpRequest.newBuilder(URI.create(emulator.loginUrl() + "/services/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), null);
		assertThat(header.status()).isEqualTo(200);
		assertThat(header.json().path("access_token").asString()).isNotEmpty();
		Wire.Response wrong = wire.form("/services/oauth2/token", Map.of("grant_type", "client_credentials",
				"client_id", "demo-client-id", "client_secret", "wrong"));
		assertThat(wrong.json().path("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void jwtBearerGrantVerifiesSignatureAndClaims() throws Exception {
		long exp = Instant.now().plusSeconds(180).getEpochSecond();
		assertThat(jwt("demo-client-id", "admin@demo.financialforce.example", emulator.loginUrl(), exp, true).status())
			.isEqualTo(200);
		assertThat(jwt("demo-client-id", "admin@demo.financialforce.example", "https://login.salesforce.com", exp, true)
			.status()).isEqualTo(200);
		assertThat(jwt("demo-client-id", "admin@demo.financialforce.example", emulator.loginUrl(), exp, false).json()
			.path("error_description").asString()).isEqualTo("invalid assertion");
		assertThat(jwt("demo-client-id", "admin@demo.financialforce.example", "https://evil.example", exp, true).json()
			.path("error_description").asString()).isEqualTo("audience is invalid");
		assertThat(jwt("other-client", "admin@demo.financialforce.example", emulator.loginUrl(), exp, true).json()
			.path("error").asString()).isEqualTo("invalid_client_id");
		assertThat(jwt("demo-client-id", "someone@else.example", emulator.loginUrl(), exp, true).json()
			.path("error_description").asString()).isEqualTo("user hasn't approved this consumer");
		Wire.Response expired = jwt("demo-client-id", "admin@demo.financialforce.example", emulator.loginUrl(),
				Instant.now().minusSeconds(10).getEpochSecond(), true);
		assertThat(expired.status()).isEqualTo(400);
		assertThat(expired.json().path("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void authorizationCodeWithPkceRedirectsThenIssuesRefreshableTokens() throws Exception {
		String verifier = "a-verifier-of-enough-length-0123456789-abcdefghijklmnop";
		String challenge = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String code = authorize(challenge, "xyz");
		Wire.Response wrongVerifier = wire.form("/services/oauth2/token", Map.of("grant_type", "authorization_code",
				"code", code, "client_id", "demo-client-id", "redirect_uri", "http://localhost/callback",
				"code_verifier", "wrong"));
		assertThat(wrongVerifier.json().path("error_description").asString()).isEqualTo("invalid code verifier");
		code = authorize(challenge, "xyz");
		Wire.Response tokens = wire.form("/services/oauth2/token", Map.of("grant_type", "authorization_code", "code",
				code, "client_id", "demo-client-id", "redirect_uri", "http://localhost/callback", "code_verifier",
				verifier));
		assertThat(tokens.status()).isEqualTo(200);
		String refreshToken = tokens.json().path("refresh_token").asString();
		assertThat(refreshToken).isNotEmpty();
		Wire.Response reused = wire.form("/services/oauth2/token", Map.of("grant_type", "authorization_code", "code",
				code, "client_id", "demo-client-id", "redirect_uri", "http://localhost/callback", "code_verifier",
				verifier));
		assertThat(reused.json().path("error_description").asString()).isEqualTo("expired authorization code");
		Wire.Response refreshed = refresh(refreshToken);
		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.json().has("refresh_token")).isFalse();
		assertThat(refresh(refreshToken).status()).as("a non-rotating refresh token is reusable").isEqualTo(200);
		assertThat(refresh("bogus").json().path("error_description").asString())
			.isEqualTo("expired access/refresh token");
	}

	@Test
	void rotatingRefreshTokensAreSingleUse() {
		try (FinancialForceEmulator rotating = FinancialForceEmulator.builder().demoData(false).rotateRefreshTokens(true)
			.start()) {
			Wire client = new Wire(rotating);
			Wire.Response redirect = client.get("/services/oauth2/authorize?response_type=code&client_id=demo-client-id"
					+ "&redirect_uri=http://localhost/callback");
			String code = URLDecoder.decode(between(redirect.header("Location"), "code=", "&"), StandardCharsets.UTF_8);
			String first = client.form("/services/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
					"client_id", "demo-client-id", "client_secret", "demo-client-secret", "redirect_uri",
					"http://localhost/callback")).json().path("refresh_token").asString();
			Wire.Response refreshed = client.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
					"refresh_token", first, "client_id", "demo-client-id"));
			String second = refreshed.json().path("refresh_token").asString();
			assertThat(second).isNotEmpty().isNotEqualTo(first);
			assertThat(client.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
					first, "client_id", "demo-client-id")).json().path("error").asString()).isEqualTo("invalid_grant");
			assertThat(client.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
					second, "client_id", "demo-client-id")).status()).isEqualTo(200);
		}
	}

	@Test
	void authorizeRejectsUnknownClientAndReportsUnsupportedResponseType() {
		Wire.Response unknown = wire.get("/services/oauth2/authorize?response_type=code&client_id=x&redirect_uri=http://localhost/cb");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("error").asString()).isEqualTo("invalid_client_id");
		Wire.Response token = wire.get("/services/oauth2/authorize?response_type=token&client_id=demo-client-id"
				+ "&redirect_uri=http://localhost/cb&state=s1");
		assertThat(token.status()).isEqualTo(302);
		assertThat(token.header("Location")).startsWith("http://localhost/cb?error=unsupported_response_type")
			.endsWith("&state=s1");
	}

	@Test
	void revokedTokensNoLongerWork() {
		Wire own = new Wire(emulator).login();
		assertThat(own.get(Wire.V + "/limits").status()).isEqualTo(200);
		assertThat(wire.form("/services/oauth2/revoke", Map.of("token", own.token())).status()).isEqualTo(200);
		Wire.Response after = own.get(Wire.V + "/limits");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.errorCode()).isEqualTo("INVALID_SESSION_ID");
		assertThat(after.message()).isEqualTo("Session expired or invalid");
		assertThat(wire.form("/services/oauth2/revoke", Map.of("token", "nope")).json().path("error").asString())
			.isEqualTo("unsupported_token_type");
		assertThat(emulator.requestCount(RequestFamily.REVOKE)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void identityDescribesTheUser() {
		Wire.Response token = password("demo-passwordDEMOTOKEN");
		String id = token.json().path("id").asString();
		Wire own = new Wire(emulator);
		own.token(token.json().path("access_token").asString());
		Wire.Response identity = own.send(own.request("").uri(URI.create(id)).GET(), null);
		assertThat(identity.status()).isEqualTo(200);
		assertThat(identity.json().path("username").asString()).isEqualTo("admin@demo.financialforce.example");
		assertThat(identity.json().path("organization_id").asString()).isEqualTo(emulator.organizationId());
		assertThat(identity.json().path("urls").path("rest").asString())
			.isEqualTo(emulator.instanceUrl() + "/services/data/v{version}/");
		own.token("bad");
		assertThat(own.send(own.request("").uri(URI.create(id)).GET(), null).status()).isEqualTo(403);
	}

	private Wire.Response password(String password) {
		return wire.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id", "demo-client-id",
				"client_secret", "demo-client-secret", "username", "admin@demo.financialforce.example", "password",
				password));
	}

	private Wire.Response refresh(String refreshToken) {
		return wire.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
				refreshToken, "client_id", "demo-client-id", "client_secret", "demo-client-secret"));
	}

	private String authorize(String challenge, String state) {
		Wire.Response redirect = wire.get("/services/oauth2/authorize?response_type=code&client_id=demo-client-id"
				+ "&redirect_uri=http://localhost/callback&code_challenge=" + challenge
				+ "&code_challenge_method=S256&state=" + state);
		assertThat(redirect.status()).isEqualTo(302);
		String location = redirect.header("Location");
		assertThat(location).startsWith("http://localhost/callback?code=").endsWith("&state=" + state);
		return URLDecoder.decode(between(location, "code=", "&"), StandardCharsets.UTF_8);
	}

	private Wire.Response jwt(String iss, String sub, String aud, long exp, boolean validSignature) throws Exception {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
		String claims = encoder.encodeToString(("{\"iss\":\"" + iss + "\",\"sub\":\"" + sub + "\",\"aud\":\"" + aud
				+ "\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(emulator.credentials().jwtPrivateKey());
		signature.update((header + "." + claims + (validSignature ? "" : "x")).getBytes(StandardCharsets.US_ASCII));
		String assertion = header + "." + claims + "." + encoder.encodeToString(signature.sign());
		return wire.form("/services/oauth2/token",
				Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion));
	}

	private static String hmac(String text) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec("demo-client-secret".getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		int to = text.indexOf(end, from);
		return text.substring(from, (to < 0) ? text.length() : to);
	}

}
