package io.financialforce.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.financialforce.repository.support.FinancialForceRepositoryFactoryBean;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Turns interfaces extending {@code FinancialForceRepository} (or annotated with {@code @RepositoryDefinition}) into
 * repository beans. Scans the package of the annotated class unless told otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(FinancialForceRepositoriesRegistrar.class)
public @interface EnableFinancialForceRepositories {

	/**
	 * Alias for {@link #basePackages()}.
	 * @return the base packages to scan
	 */
	String[] value() default {};

	/**
	 * The packages to scan for repository interfaces.
	 * @return the base packages
	 */
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned for repository interfaces.
	 * @return the marker classes
	 */
	Class<?>[] basePackageClasses() default {};

	/**
	 * Which types are repository candidates, beyond the default ones.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Which types are not repository candidates.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * The suffix of custom fragment implementations: {@code InvoiceRepositoryCustomImpl} for
	 * {@code InvoiceRepositoryCustom}.
	 * @return the suffix
	 */
	String repositoryImplementationPostfix() default "Impl";

	/**
	 * Where named queries are read from.
	 * @return the properties file location
	 */
	String namedQueriesLocation() default "";

	/**
	 * How query methods are resolved; every key behaves the same here: {@code @Query} first, else the method name.
	 * @return the lookup strategy key
	 */
	Key queryLookupStrategy() default Key.CREATE_IF_NOT_FOUND;

	/**
	 * The factory bean of each repository.
	 * @return the factory bean class
	 */
	Class<?> repositoryFactoryBeanClass() default FinancialForceRepositoryFactoryBean.class;

	/**
	 * The base class of the repositories, {@code SimpleFinancialForceRepository} by default.
	 * @return the repository base class
	 */
	Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

	/**
	 * The name of the {@code FinancialForceOperations} bean the repositories run on; empty for the only one.
	 * @return the bean name
	 */
	String financialForceOperationsRef() default "";

	/**
	 * The name of the mapping context bean; empty for the only one.
	 * @return the bean name
	 */
	String mappingContextRef() default "";

	/**
	 * Whether nested repository interfaces are considered.
	 * @return {@code true} to include nested interfaces
	 */
	boolean considerNestedRepositories() default false;

	/**
	 * When the repositories are created.
	 * @return the bootstrap mode
	 */
	BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

}
