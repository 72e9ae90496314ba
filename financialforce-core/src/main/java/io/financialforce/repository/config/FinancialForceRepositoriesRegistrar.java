package io.financialforce.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repositories of {@link EnableFinancialForceRepositories @EnableFinancialForceRepositories}.
 */
class FinancialForceRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableFinancialForceRepositories.class;
	}

	@Override
	protected RepositoryConfigurationExtension getExtension() {
		return new FinancialForceRepositoryConfigurationExtension();
	}

}
