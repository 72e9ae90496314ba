package io.financialforce.autoconfigure.data;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.config.FinancialForceRepositoryConfigurationExtension;
import io.financialforce.repository.support.FinancialForceRepositoryFactoryBean;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of FinancialForce repositories: the {@code FinancialForceRepository} interfaces in the
 * auto-configuration packages (the package of the {@code @SpringBootApplication} class and below) become beans on
 * the auto-configured {@link FinancialForceOperations}, like Spring Boot's Spring Data repositories. Off with
 * {@code financialforce.repositories.enabled=false}, and when the application declares
 * {@code @EnableFinancialForceRepositories} itself.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = FinancialForceAutoConfiguration.class)
@ConditionalOnClass(FinancialForceRepository.class)
@ConditionalOnBean(FinancialForceOperations.class)
@ConditionalOnMissingBean({ FinancialForceRepositoryFactoryBean.class,
		FinancialForceRepositoryConfigurationExtension.class })
@ConditionalOnBooleanProperty(name = "financialforce.repositories.enabled", matchIfMissing = true)
@Import(FinancialForceRepositoriesRegistrar.class)
public final class FinancialForceRepositoriesAutoConfiguration {

}
