package io.financialforce.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import io.financialforce.core.mapping.SObject;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.support.FinancialForceRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.util.StringUtils;

/**
 * The FinancialForce module of Spring Data's repository configuration: which interfaces are FinancialForce
 * repositories (extending {@code FinancialForceRepository}, or, when several Spring Data modules are present, managing
 * an {@code @SObject} type), their factory bean, and the beans they run on.
 */
public class FinancialForceRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	@Override
	public String getModuleName() {
		return "FinancialForce";
	}

	@Override
	protected String getModulePrefix() {
		return "financialforce";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return FinancialForceRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(SObject.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(FinancialForceRepository.class);
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		AnnotationAttributes attributes = config.getAttributes();
		String operations = attributes.getString("financialForceOperationsRef");
		if (StringUtils.hasText(operations)) {
			builder.addPropertyReference("financialForceOperations", operations);
		}
		String mappingContext = attributes.getString("mappingContextRef");
		if (StringUtils.hasText(mappingContext)) {
			builder.addPropertyReference("financialForceMappingContext", mappingContext);
		}
	}

}
