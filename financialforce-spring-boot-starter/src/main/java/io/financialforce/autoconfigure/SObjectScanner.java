package io.financialforce.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.financialforce.core.mapping.SObject;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@code @SObject} types in the auto-configuration packages (the package of the
 * {@code @SpringBootApplication} class and below), the way Spring Boot finds entities.
 */
final class SObjectScanner {

	private SObjectScanner() {
	}

	static Set<Class<?>> scan(BeanFactory beanFactory) {
		if (!AutoConfigurationPackages.has(beanFactory)) {
			return Set.of();
		}
		List<String> packages = AutoConfigurationPackages.get(beanFactory);
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(SObject.class));
		ClassLoader classLoader = beanFactory.getClass().getClassLoader();
		Set<Class<?>> types = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				String name = candidate.getBeanClassName();
				if (name != null) {
					types.add(ClassUtils.resolveClassName(name, classLoader));
				}
			}
		}
		return types;
	}

}
