package io.financialforce.repository.config;

import java.math.BigDecimal;
import java.net.URI;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EnableFinancialForceRepositories} registers repositories with their custom fragments, on the context's
 * operations and mapping context or on named ones.
 */
class EnableFinancialForceRepositoriesTests {

	@Test
	void registersRepositoriesWithTheirFragments() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ByType.class)) {
			InvoiceRepository repository = context.getBean(InvoiceRepository.class);
			repository.save(new Invoice(null, "INV-1", BigDecimal.ONE));
			assertThat(repository.findByName("INV-1")).hasSize(1);
			assertThat(repository.greet("Ada")).isEqualTo("Hello Ada");
			assertThat(context.getBean(InMemoryOperations.class).methods()).containsExactly("insert", "find");
		}
	}

	@Test
	void usesTheNamedOperations() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ByName.class)) {
			context.getBean(InvoiceRepository.class).count();
			assertThat(context.getBean("secondary", InMemoryOperations.class).methods()).containsExactly("count");
			assertThat(context.getBean("primary", InMemoryOperations.class).methods()).isEmpty();
		}
	}

	@Test
	void takesTheMappingContextOfTheTemplate() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(OnTemplate.class)) {
			assertThat(context.getBean(InvoiceRepository.class)).isNotNull();
			assertThat(context.getBeansOfType(FinancialForceMappingContext.class)).isEmpty();
		}
	}

	@Test
	void failsTheContextOnAnUnsupportedMethod() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(Broken.class))
			.withStackTraceContaining("BrokenRepository.findByNameRegex")
			.withStackTraceContaining("no SOQL form");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableFinancialForceRepositories(basePackageClasses = InvoiceRepository.class,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = InvoiceRepository.class))
	static class ByType {

		@Bean
		FinancialForceMappingContext financialForceMappingContext() {
			return new FinancialForceMappingContext();
		}

		@Bean
		InMemoryOperations operations(FinancialForceMappingContext mappingContext) {
			return new InMemoryOperations(mappingContext);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableFinancialForceRepositories(basePackageClasses = InvoiceRepository.class,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = InvoiceRepository.class),
			financialForceOperationsRef = "secondary", mappingContextRef = "mapping")
	static class ByName {

		@Bean
		FinancialForceMappingContext mapping() {
			return new FinancialForceMappingContext();
		}

		@Bean
		FinancialForceOperations primary(FinancialForceMappingContext mappingContext) {
			return new InMemoryOperations(mappingContext);
		}

		@Bean
		FinancialForceOperations secondary(FinancialForceMappingContext mappingContext) {
			return new InMemoryOperations(mappingContext);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableFinancialForceRepositories(basePackageClasses = InvoiceRepository.class,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = InvoiceRepository.class))
	static class OnTemplate {

		@Bean
		FinancialForceTemplate financialForceTemplate() {
			FinancialForceClient client = FinancialForceClient
				.builder(new AccessTokenAuthenticator("token".toCharArray(), URI.create("http://localhost:9")))
				.build();
			return new FinancialForceTemplate(client, new FinancialForceMappingContext());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableFinancialForceRepositories(considerNestedRepositories = true,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BrokenRepository.class))
	static class Broken extends ByType {

	}

	interface BrokenRepository extends io.financialforce.repository.FinancialForceRepository<Invoice, String> {

		java.util.List<Invoice> findByNameRegex(String pattern);

	}

}
