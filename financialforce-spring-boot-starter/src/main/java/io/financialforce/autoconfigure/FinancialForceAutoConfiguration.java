package io.financialforce.autoconfigure;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.regex.Pattern;

import io.financialforce.auth.Authenticator;
import io.financialforce.auth.FileTokenStore;
import io.financialforce.auth.InMemoryTokenStore;
import io.financialforce.auth.TokenStore;
import io.financialforce.autoconfigure.observation.QueryUrlObservationFilter;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.FinancialForceClientBuilder;
import io.financialforce.client.QueryOptions;
import io.financialforce.client.RetryPolicy;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationConvention;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of FinancialForce for Spring: from {@code financialforce.*} properties (or a
 * {@link FinancialForceConnectionDetails} bean) it registers the {@link Authenticator}, the {@link TokenStore}, the
 * {@link FinancialForceClient} on Spring Boot's {@code RestClient.Builder} (its operations observed when an
 * {@link ObservationRegistry} is present, named by a {@link FinancialForceObservationConvention} bean if any), the
 * {@link FinancialForceMappingContext} of the {@code @SObject} types in the auto-configuration packages (each
 * checked against the org's describe metadata on first use) and the {@link FinancialForceTemplate} as
 * {@link FinancialForceOperations}. Each bean backs off when the application defines its own. No API call is made
 * while the context starts unless {@code financialforce.validate-on-startup=true}, which logs in, checks the API
 * version and every mapping, and fails the start on the first problem.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@EnableConfigurationProperties(FinancialForceProperties.class)
public final class FinancialForceAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(FinancialForceAutoConfiguration.class);

	/** The secret properties, in canonical (dashed) and bean (camel case) spelling. */
	static final Pattern SECRET_KEYS = Pattern.compile("(?i)^financialforce\\.(password|security-?token|access-?token"
			+ "|oauth\\.(client-?secret|refresh-?token)|jwt\\.keystore-?password)$");

	@Bean
	@ConditionalOnMissingBean
	TokenStore financialForceTokenStore(FinancialForceProperties properties) {
		String location = properties.getOauth().getSettingsLocation();
		if (location == null || location.isBlank()) {
			return new InMemoryTokenStore();
		}
		String expanded = location.startsWith("~/") ? System.getProperty("user.home") + location.substring(1)
				: location;
		return new FileTokenStore(Path.of(expanded));
	}

	@Bean
	@ConditionalOnMissingBean
	Authenticator financialForceAuthenticator(FinancialForceProperties properties,
			ObjectProvider<FinancialForceConnectionDetails> connectionDetails, TokenStore tokenStore,
			ObjectProvider<RestClient.Builder> restClientBuilder) {
		RestClient restClient = restClientBuilder.getIfAvailable(RestClient::builder)
			.clone()
			.requestFactory(requestFactory(properties.getHttp()))
			.build();
		FinancialForceConnectionDetails details = connectionDetails.getIfAvailable();
		if (details != null) {
			Authenticator authenticator = Authenticators.fromConnectionDetails(details, restClient);
			logger.info("FinancialForce authentication: the OAuth client credentials flow of connection details {}"
					+ " at {}; the credential properties are ignored", details.getClass().getSimpleName(),
					details.loginUrl());
			return authenticator;
		}
		AuthChoice choice = AuthChoice.of(properties);
		Authenticator authenticator = Authenticators.fromProperties(properties, choice, tokenStore, restClient);
		logger.info("FinancialForce authentication: {} ({}), {}", Authenticators.describe(choice.mode()),
				choice.reason(), authenticator);
		return authenticator;
	}

	@Bean
	@ConditionalOnMissingBean
	FinancialForceClient financialForceClient(Authenticator authenticator, FinancialForceProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<FinancialForceObservationConvention> observationConvention,
			ObjectProvider<FinancialForceClientCustomizer> customizers) {
		RestClient.Builder restClient = restClientBuilder.getIfAvailable(RestClient::builder).clone();
		FinancialForceProperties.Http http = properties.getHttp();
		RetryPolicy defaults = RetryPolicy.defaults();
		FinancialForceClientBuilder builder = FinancialForceClient.builder(authenticator)
			.restClientBuilder(restClient)
			.connectTimeout(http.getConnectTimeout())
			.readTimeout(http.getReadTimeout())
			.apiVersion(properties.getApiVersion())
			.retryPolicy(new RetryPolicy(http.getMaxRetries() + 1, defaults.initialBackoff(), defaults.maxBackoff()))
			.defaultQueryOptions(QueryOptions.batchSize(properties.getQuery().getBatchSize()));
		observations.ifAvailable(builder::observationRegistry);
		FinancialForceObservationConvention convention = observationConvention.getIfAvailable();
		if (convention == null && properties.getObservations().isIncludeSoql()) {
			convention = new DefaultFinancialForceObservationConvention(true);
		}
		if (convention != null) {
			builder.observationConvention(convention);
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean(FinancialForceOperations.class)
	FinancialForceTemplate financialForceTemplate(FinancialForceClient client,
			FinancialForceMappingContext mappingContext, FinancialForceProperties properties) {
		FinancialForceTemplate template = new FinancialForceTemplate(client, mappingContext);
		template.setQueryOptions(QueryOptions.batchSize(properties.getQuery().getBatchSize()));
		template.setAllOrNone(properties.getWrite().isAllOrNone());
		return template;
	}

	@Bean
	@ConditionalOnBooleanProperty("financialforce.validate-on-startup")
	StartupValidation financialForceStartupValidation(FinancialForceClient client,
			FinancialForceMappingContext mappingContext) {
		return new StartupValidation(client, mappingContext);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(FinancialForceMappingContext.class)
	static class MappingConfiguration {

		@Bean
		FinancialForceMappingContext financialForceMappingContext(BeanFactory beanFactory) {
			FinancialForceMappingContext context = new FinancialForceMappingContext();
			context.setInitialEntitySet(SObjectScanner.scan(beanFactory));
			context.initialize();
			return context;
		}

		@Bean
		LazyDescribeCheck financialForceLazyDescribeCheck(ObjectProvider<FinancialForceClient> client,
				ObjectProvider<FinancialForceMappingContext> mappingContext) {
			return new LazyDescribeCheck(client, mappingContext);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "financialforce.observations.include-soql", havingValue = false,
			matchIfMissing = true)
	static class ObservationConfiguration {

		/** Keeps the SOQL out of the {@code http.url} of the client's HTTP observations; Boot registers it. */
		@Bean
		@ConditionalOnMissingBean
		QueryUrlObservationFilter financialForceQueryUrlObservationFilter() {
			return new QueryUrlObservationFilter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
	static class ActuatorConfiguration {

		/** Shows the secret properties as '******' in configprops and env, whatever show-values says. */
		@Bean
		SanitizingFunction financialForceSecretsSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyMatches(SECRET_KEYS);
		}

	}

	private static JdkClientHttpRequestFactory requestFactory(FinancialForceProperties.Http http) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(http.getConnectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(http.getReadTimeout());
		return factory;
	}

}
