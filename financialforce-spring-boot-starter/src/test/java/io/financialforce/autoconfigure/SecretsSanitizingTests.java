package io.financialforce.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsSanitizingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class, FinancialForceAutoConfiguration.class))
		.withPropertyValues("management.endpoint.configprops.show-values=always",
				"management.endpoints.web.exposure.include=configprops", "financialforce.user=ops@acme.com",
				"financialforce.password=pa55-secret", "financialforce.security-token=tok-secret",
				"financialforce.oauth.client-id=app", "financialforce.oauth.client-secret=cs-secret",
				"financialforce.auth-mode=password");

	@Test
	void configpropsShowsSecretsSanitizedEvenWhenValuesAreShown() {
		this.runner.run((context) -> {
			ConfigurationPropertiesBeanDescriptor descriptor = context
				.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("financialforce")
				.getContexts()
				.values()
				.iterator()
				.next()
				.getBeans()
				.values()
				.iterator()
				.next();
			Map<String, Object> properties = descriptor.getProperties();
			assertThat(properties).containsEntry("user", "ops@acme.com")
				.containsEntry("password", "******")
				.containsEntry("securityToken", "******");
			assertThat(properties.get("oauth")).asString().contains("clientSecret=******").contains("clientId=app");
			assertThat(descriptor.getInputs().toString()).doesNotContain("pa55-secret")
				.doesNotContain("tok-secret")
				.doesNotContain("cs-secret");
			assertThat(properties.toString()).doesNotContain("pa55-secret")
				.doesNotContain("tok-secret")
				.doesNotContain("cs-secret");
		});
	}

	@Test
	void matchesEverySecretPropertyAndNothingElse() {
		assertThat(FinancialForceAutoConfiguration.SECRET_KEYS.asPredicate())
			.accepts("financialforce.password", "financialforce.security-token", "financialforce.securityToken",
					"financialforce.access-token", "financialforce.oauth.client-secret",
					"financialforce.oauth.refreshToken", "financialforce.jwt.keystore-password")
			.rejects("financialforce.user", "financialforce.oauth.client-id", "financialforce.jwt.private-key",
					"spring.datasource.password");
	}

}
