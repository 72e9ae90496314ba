package io.financialforce.autoconfigure;

import java.util.List;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class FinancialForceFailureAnalyzerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class));

	private final FinancialForceFailureAnalyzer analyzer = new FinancialForceFailureAnalyzer();

	@Test
	void explainsAFailedStartAheadOfSpringBootsBindingAnalyzer(CapturedOutput output) {
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> application.run(
				"--financialforce.oauth.client-id=app", "--financialforce.oauth.client-secret=s3cr3t-value",
				"--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The financialforce.* properties are invalid:")
			.contains("Authentication mode client-credentials needs financialforce.login-url (the org's My Domain)")
			.doesNotContain("s3cr3t-value");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(FinancialForceAutoConfiguration.class)
	static class Application {

	}

	@Test
	void listsThePropertiesOfEveryModeWhenNoCredentialsAreSet() {
		this.runner.run((context) -> {
			FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).startsWith("No FinancialForce credentials are configured");
			assertThat(analysis.getAction()).contains("Set the properties of one authentication mode:")
				.contains("    jwt: financialforce.oauth.client-id, financialforce.jwt.username,"
						+ " financialforce.jwt.private-key (recommended for servers)")
				.contains("    client-credentials: financialforce.login-url (My Domain)")
				.contains("    password: financialforce.user, financialforce.password")
				.contains("@AutoConfigureFinancialForceEmulator");
		});
	}

	@Test
	void reportsEveryInvalidPropertyAtOnce() {
		this.runner
			.withPropertyValues("financialforce.jwt.private-key=file:/none.pem", "financialforce.query.batch-size=10")
			.run((context) -> {
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).startsWith("The financialforce.* properties are invalid:")
					.contains("    - financialforce.jwt.private-key is set but financialforce.oauth.client-id is"
							+ " missing")
					.contains("    - financialforce.jwt.private-key is set but financialforce.jwt.username is"
							+ " missing")
					.contains("    - financialforce.query.batch-size is 10; it must be from 200 to 2000.");
			});
	}

	@Test
	void namesTheErrorCodeOfAnAuthenticationFailure() {
		FinancialForceAuthenticationException failure = new FinancialForceAuthenticationException(
				"OAuth urn:ietf:params:oauth:grant-type:jwt-bearer grant failed with HTTP 400: invalid_grant: user"
						+ " hasn't approved this consumer. Pre-authorize the user for the connected app.",
				400, List.of(ApiError.of("invalid_grant", "user hasn't approved this consumer")), null);
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("start failed", failure));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("FinancialForce authentication failed with invalid_grant:")
			.contains("Pre-authorize the user");
		assertThat(analysis.getAction()).contains("financialforce.validate-on-startup");
	}

	@Test
	void leavesOtherFailuresToOtherAnalyzers() {
		assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

}
