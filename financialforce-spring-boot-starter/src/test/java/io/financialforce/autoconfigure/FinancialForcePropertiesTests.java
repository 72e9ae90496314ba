package io.financialforce.autoconfigure;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialForcePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class))
		.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test");

	private final ApplicationContextRunner bare = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class));

	@Test
	void bindsEveryGroupWithDefaults() {
		this.runner.run((context) -> {
			FinancialForceProperties properties = context.getBean(FinancialForceProperties.class);
			assertThat(properties.getApiVersion()).isEqualTo("65.0");
			assertThat(properties.getAuthMode()).isEqualTo(FinancialForceProperties.AuthMode.AUTO);
			assertThat(properties.getHttp().getMaxRetries()).isEqualTo(3);
			assertThat(properties.getQuery().getBatchSize()).isEqualTo(2000);
			assertThat(properties.getRepositories().isEnabled()).isTrue();
			assertThat(properties.getHealth().getUsageWarningThreshold()).isEqualTo(80);
			assertThat(properties.getOauth().getCallbackUrl()).hasToString("http://localhost:1717/OauthRedirect");
		});
		this.runner
			.withPropertyValues("financialforce.http.read-timeout=30s", "financialforce.query.batch-size=500",
					"financialforce.write.all-or-none=true", "financialforce.oauth.initiate=refresh",
					"financialforce.oauth.client-id=app", "financialforce.auth-mode=access-token")
			.run((context) -> {
				FinancialForceProperties properties = context.getBean(FinancialForceProperties.class);
				assertThat(properties.getHttp().getReadTimeout()).hasSeconds(30);
				assertThat(properties.getQuery().getBatchSize()).isEqualTo(500);
				assertThat(properties.getWrite().isAllOrNone()).isTrue();
				assertThat(properties.getOauth().getInitiate())
					.isEqualTo(FinancialForceProperties.OAuth.Initiate.REFRESH);
			});
	}

	@Test
	void rejectsJwtPrivateKeyWithoutClientId() {
		this.bare.withPropertyValues("financialforce.jwt.private-key=classpath:none.pem", "financialforce.user=u")
			.run(invalid("financialforce.jwt.private-key is set but financialforce.oauth.client-id is missing"));
	}

	@Test
	void rejectsJwtPrivateKeyWithoutUsername() {
		this.bare.withPropertyValues("financialforce.jwt.private-key=classpath:none.pem",
				"financialforce.oauth.client-id=app")
			.run(invalid("financialforce.jwt.private-key is set but financialforce.jwt.username is missing"));
	}

	@Test
	void rejectsCredentialsOfTwoModesInAuto() {
		this.bare
			.withPropertyValues("financialforce.user=u", "financialforce.password=p",
					"financialforce.oauth.client-id=app", "financialforce.oauth.refresh-token=r")
			.run(invalid("Credentials of 2 authentication modes are set: financialforce.oauth.refresh-token"
					+ " (refresh-token), financialforce.password (password). Remove all but one, or choose one with"
					+ " financialforce.auth-mode."));
	}

	@Test
	void rejectsExplicitModeWithoutItsProperties() {
		this.bare.withPropertyValues("financialforce.auth-mode=client-credentials", "financialforce.oauth.client-id=a")
			.run(invalid("Authentication mode client-credentials needs financialforce.oauth.client-secret,"
					+ " financialforce.login-url (the org's My Domain), which are not set."));
	}

	@Test
	void rejectsHalfAnAccessToken() {
		this.bare.withPropertyValues("financialforce.access-token=t")
			.run(invalid("financialforce.access-token is set but financialforce.instance-url is missing"));
	}

	@Test
	void rejectsOAuthSecretsWithoutClientId() {
		this.bare.withPropertyValues("financialforce.oauth.client-secret=s")
			.run(invalid("financialforce.oauth.client-secret is set but financialforce.oauth.client-id is missing"));
	}

	@Test
	void rejectsSecurityTokenWithoutPassword() {
		this.runner.withPropertyValues("financialforce.security-token=t")
			.run(invalid("financialforce.security-token is set but financialforce.password is missing"));
	}

	@Test
	void rejectsValuesOutOfRange() {
		this.runner
			.withPropertyValues("financialforce.query.batch-size=100", "financialforce.http.max-retries=-1",
					"financialforce.api-version=65", "financialforce.health.usage-warning-threshold=0",
					"financialforce.http.connect-timeout=0s", "financialforce.login-url=acme.my.salesforce.com")
			.run(invalid("financialforce.query.batch-size is 100; it must be from 200 to 2000.",
					"financialforce.http.max-retries is -1; it must be from 0 to 10.",
					"financialforce.api-version '65' is not of the form 65.0.",
					"financialforce.health.usage-warning-threshold is 0; it must be from 1 to 100.",
					"financialforce.http.connect-timeout must be a positive duration",
					"financialforce.login-url 'acme.my.salesforce.com' is not an absolute https URL"));
	}

	@Test
	void neverQuotesASecretInAnError() {
		this.bare.withPropertyValues("financialforce.password=pa55-secret", "financialforce.security-token=tok-x")
			.run((context) -> {
				invalid("financialforce.password is set but financialforce.user is missing").accept(context);
				assertThat(context.getStartupFailure()).hasStackTraceContaining("Failed to bind")
					.satisfies((failure) -> assertThat(stackTrace(failure)).doesNotContain("pa55-secret")
						.doesNotContain("tok-x"));
			});
	}

	private static String stackTrace(Throwable failure) {
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

	static ContextConsumer<AssertableApplicationContext> invalid(String... messages) {
		return (context) -> {
			assertThat(context).getFailure().rootCause().isInstanceOf(BindValidationException.class);
			BindValidationException failure = (BindValidationException) NestedExceptionUtils
				.getRootCause(context.getStartupFailure());
			String message = failure.getValidationErrors()
				.getAllErrors()
				.stream()
				.map(ObjectError::getDefaultMessage)
				.collect(Collectors.joining("\n"));
			for (String expected : messages) {
				assertThat(message).contains(expected);
			}
		};
	}

}
