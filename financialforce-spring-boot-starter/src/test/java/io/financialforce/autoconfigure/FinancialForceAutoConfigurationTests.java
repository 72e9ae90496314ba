package io.financialforce.autoconfigure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.auth.Authenticator;
import io.financialforce.auth.AuthorizationCodeAuthenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.auth.FileTokenStore;
import io.financialforce.auth.InMemoryTokenStore;
import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.auth.RefreshTokenAuthenticator;
import io.financialforce.auth.TokenStore;
import io.financialforce.auth.UsernamePasswordAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.RequestKind;
import io.financialforce.autoconfigure.scanned.ScannedAccount;
import io.financialforce.autoconfigure.scanned.ScannedApplication;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

@ExtendWith(OutputCaptureExtension.class)
class FinancialForceAutoConfigurationTests {

	@TempDir
	static Path directory;

	static Path pem;

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(RestClientAutoConfiguration.class, FinancialForceAutoConfiguration.class));

	@BeforeAll
	static void privateKey() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
		pem = directory.resolve("jwt.pem");
		Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
				+ "\n-----END PRIVATE KEY-----\n");
	}

	@Test
	void choosesJwtBearerFromPrivateKeyAndLogsWithoutSecrets(CapturedOutput output) {
		this.runner
			.withPropertyValues("financialforce.oauth.client-id=3MVG9-app", "financialforce.jwt.username=ops@acme.com",
					"financialforce.jwt.private-key=file:" + pem)
			.run((context) -> {
				assertThat(context).hasSingleBean(FinancialForceClient.class);
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(JwtBearerAuthenticator.class);
				assertThat(output).contains("FinancialForce authentication: the OAuth JWT bearer flow"
						+ " (financialforce.jwt.private-key is set)")
					.contains("ops@acme.com")
					.doesNotContain("PRIVATE KEY");
			});
	}

	@Test
	void choosesClientCredentialsFromClientSecretAlone(CapturedOutput output) {
		this.runner
			.withPropertyValues("financialforce.login-url=https://acme.my.salesforce.com",
					"financialforce.oauth.client-id=3MVG9-app", "financialforce.oauth.client-secret=top-secret-1")
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(ClientCredentialsAuthenticator.class);
				assertThat(output).contains("the OAuth client credentials flow").doesNotContain("top-secret-1");
			});
	}

	@Test
	void choosesRefreshTokenFromRefreshToken(CapturedOutput output) {
		this.runner
			.withPropertyValues("financialforce.oauth.client-id=3MVG9-app",
					"financialforce.oauth.refresh-token=5Aep-refresh-secret")
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(RefreshTokenAuthenticator.class);
				assertThat(output).contains("the OAuth refresh token flow").doesNotContain("5Aep-refresh-secret");
			});
	}

	@Test
	void choosesAuthorizationCodeFromInitiateWithoutAskingForConsentAtStartup() {
		this.runner
			.withPropertyValues("financialforce.oauth.client-id=3MVG9-app",
					"financialforce.oauth.initiate=get-and-refresh", "financialforce.login-url=" + this.server.url("/"))
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(AuthorizationCodeAuthenticator.class);
				assertThat(this.server.getRequestCount()).isZero();
			});
	}

	@Test
	void choosesLegacyPasswordLoginAndWarns(CapturedOutput output) {
		this.runner
			.withPropertyValues("financialforce.user=ops@acme.com", "financialforce.password=pa55-secret",
					"financialforce.security-token=tok-secret", "financialforce.use-sandbox=true")
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(UsernamePasswordAuthenticator.class);
				assertThat(output).contains("the legacy username and password login")
					.contains("test.salesforce.com")
					.contains("Salesforce is retiring this")
					.doesNotContain("pa55-secret")
					.doesNotContain("tok-secret");
			});
	}

	@Test
	void choosesAccessTokenWithInstanceUrl(CapturedOutput output) {
		this.runner
			.withPropertyValues("financialforce.access-token=00Dgiven-secret",
					"financialforce.instance-url=https://acme.my.salesforce.com")
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(AccessTokenAuthenticator.class);
				assertThat(output).doesNotContain("00Dgiven-secret");
			});
	}

	@Test
	void explicitAuthModeWinsOverAuto() {
		this.runner
			.withPropertyValues("financialforce.auth-mode=client-credentials",
					"financialforce.login-url=https://acme.my.salesforce.com",
					"financialforce.oauth.client-id=3MVG9-app", "financialforce.oauth.client-secret=s",
					"financialforce.oauth.refresh-token=r")
			.run((context) -> assertThat(context.getBean(Authenticator.class))
				.isInstanceOf(ClientCredentialsAuthenticator.class));
	}

	@Test
	void connectionDetailsBeanWinsOverProperties() {
		FinancialForceConnectionDetails details = new FinancialForceConnectionDetails() {

			@Override
			public URI loginUrl() {
				return URI.create("http://localhost:1");
			}

			@Override
			public String clientId() {
				return "emulator";
			}

			@Override
			public char[] clientSecret() {
				return "emulator-secret".toCharArray();
			}

		};
		this.runner.withBean(FinancialForceConnectionDetails.class, () -> details)
			.withPropertyValues("financialforce.user=ops@acme.com", "financialforce.password=p")
			.run((context) -> assertThat(context.getBean(Authenticator.class))
				.isInstanceOf(ClientCredentialsAuthenticator.class)
				.hasToString("ClientCredentialsAuthenticator[loginUrl=http://localhost:1, clientId=emulator,"
						+ " clientSecret=<redacted>]"));
	}

	@Test
	void failsWithoutCredentials() {
		this.runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(FinancialForceCredentialsException.class)
			.hasMessageContaining("No FinancialForce credentials are configured"));
	}

	@Test
	void backsOffFromUserBeans() {
		Authenticator authenticator = new AccessTokenAuthenticator("t".toCharArray(), URI.create("https://x.test"));
		FinancialForceClient client = FinancialForceClient.builder(authenticator).build();
		TokenStore store = new InMemoryTokenStore();
		FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();
		this.runner.withBean(Authenticator.class, () -> authenticator)
			.withBean(TokenStore.class, () -> store)
			.withBean(FinancialForceClient.class, () -> client)
			.withBean(FinancialForceMappingContext.class, () -> mappingContext)
			.run((context) -> {
				assertThat(context.getBean(Authenticator.class)).isSameAs(authenticator);
				assertThat(context.getBean(TokenStore.class)).isSameAs(store);
				assertThat(context.getBean(FinancialForceClient.class)).isSameAs(client);
				assertThat(context.getBean(FinancialForceMappingContext.class)).isSameAs(mappingContext);
			});
	}

	@Test
	void registersTheTemplateAsOperationsAndBacksOffFromUserOperations() {
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.run((context) -> assertThat(context.getBean(FinancialForceOperations.class))
				.isInstanceOf(FinancialForceTemplate.class)
				.isSameAs(context.getBean(FinancialForceTemplate.class)));
		FinancialForceOperations own = mock(FinancialForceOperations.class);
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.withBean(FinancialForceOperations.class, () -> own)
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceTemplate.class)
				.getBean(FinancialForceOperations.class)
				.isSameAs(own));
	}

	@Test
	void mapsTheSObjectTypesOfTheAutoConfigurationPackagesWithoutDescribingThemAtStartup() {
		FakeOrg org = new FakeOrg(this.server);
		this.runner.withUserConfiguration(ScannedApplication.class)
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				FinancialForceMappingContext mappingContext = context.getBean(FinancialForceMappingContext.class);
				assertThat(mappingContext.getPersistentEntities()).extracting((entity) -> entity.getType().getName())
					.containsExactly(ScannedAccount.class.getName());
				assertThat(org.totalRequests()).isZero();
			});
	}

	@Test
	void usesUserAuthenticatorWithoutCredentialProperties() {
		Authenticator authenticator = new AccessTokenAuthenticator("t".toCharArray(), URI.create("https://x.test"));
		this.runner.withBean(Authenticator.class, () -> authenticator)
			.run((context) -> assertThat(context).hasSingleBean(FinancialForceClient.class));
	}

	@Test
	void keepsTokensInMemoryByDefaultAndInTheSettingsFileWhenSet() {
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.run((context) -> assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class));
		this.runner
			.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test",
					"financialforce.oauth.settings-location=" + directory.resolve("tokens.json"))
			.run((context) -> assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class)
				.hasToString("FileTokenStore[" + directory.resolve("tokens.json") + "]"));
	}

	@Test
	void retriesTransientFailuresAsOftenAsConfigured() {
		FakeOrg org = new FakeOrg(this.server);
		org.failWith503("/services/data");
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s", "financialforce.http.max-retries=1")
			.run((context) -> {
				FinancialForceClient client = context.getBean(FinancialForceClient.class);
				assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(client::versions);
				assertThat(org.requests("/services/data")).isEqualTo(2);
			});
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s", "financialforce.http.max-retries=0")
			.run((context) -> {
				FinancialForceClient client = context.getBean(FinancialForceClient.class);
				assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(client::versions);
				assertThat(org.requests("/services/data")).isEqualTo(3);
			});
	}

	@Test
	void makesNoApiCallWhileStarting() {
		FakeOrg org = new FakeOrg(this.server);
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(org.totalRequests()).isZero();
			});
	}

	@Test
	void validatesOnStartupWhenAskedTo() {
		FakeOrg org = new FakeOrg(this.server);
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s", "financialforce.validate-on-startup=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(org.requests("/services/oauth2/token")).isOne();
				assertThat(org.requests("/services/data")).isOne();
			});
	}

	@Test
	void failsTheStartOnRejectedCredentialsWhenValidatingOnStartup() {
		FakeOrg org = new FakeOrg(this.server);
		org.rejectLogin();
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s", "financialforce.validate-on-startup=true")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(FinancialForceAuthenticationException.class)
				.hasMessageContaining("invalid_grant"));
	}

	@Test
	void appliesPropertiesAndCustomizersToTheClient() {
		FakeOrg org = new FakeOrg(this.server);
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s", "financialforce.api-version=64.0")
			.withBean(FinancialForceClientCustomizer.class, () -> (builder) -> builder.apiVersion("63.0"))
			.run((context) -> assertThat(context.getBean(FinancialForceClient.class).apiVersion()).isEqualTo("63.0"));
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				FinancialForceClient client = context.getBean(FinancialForceClient.class);
				assertThat(client.limits()).containsKey("DailyApiRequests");
				assertThat(client.requestCount(RequestKind.LIMITS)).isOne();
			});
	}

}
