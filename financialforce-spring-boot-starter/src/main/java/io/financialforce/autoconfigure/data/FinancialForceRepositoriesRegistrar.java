package io.financialforce.autoconfigure.data;

import java.lang.annotation.Annotation;

import io.financialforce.repository.config.EnableFinancialForceRepositories;
import io.financialforce.repository.config.FinancialForceRepositoryConfigurationExtension;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers FinancialForce repositories found in the auto-configuration packages, as if the application declared
 * {@code @EnableFinancialForceRepositories}.
 */
final class FinancialForceRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableFinancialForceRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableFinancialForceRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new FinancialForceRepositoryConfigurationExtension();
	}

	@EnableFinancialForceRepositories
	private static final class EnableFinancialForceRepositoriesConfiguration {

	}

}
