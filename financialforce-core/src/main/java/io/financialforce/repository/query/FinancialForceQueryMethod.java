package io.financialforce.repository.query;

import java.lang.reflect.Method;

import io.financialforce.repository.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.util.StringUtils;

/**
 * A repository query method: what Spring Data knows of it, plus its {@link Query @Query} if it has one.
 */
public class FinancialForceQueryMethod extends QueryMethod {

	private final Method method;

	private final @Nullable String annotatedQuery;

	/**
	 * Creates the query method.
	 * @param method the repository method
	 * @param metadata the repository's metadata
	 * @param projectionFactory the projection factory
	 */
	public FinancialForceQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory projectionFactory) {
		super(method, metadata, projectionFactory);
		this.method = method;
		Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
		this.annotatedQuery = (query != null && StringUtils.hasText(query.value())) ? query.value() : null;
	}

	/**
	 * Whether the method carries SOQL in a {@link Query @Query}.
	 * @return {@code true} for a {@code @Query} method
	 */
	public boolean hasAnnotatedQuery() {
		return this.annotatedQuery != null;
	}

	/**
	 * The SOQL of the method's {@link Query @Query}.
	 * @return the statement, or {@code null} for a derived query
	 */
	public @Nullable String getAnnotatedQuery() {
		return this.annotatedQuery;
	}

	/**
	 * The method's domain type.
	 * @return the mapped type the repository manages
	 */
	public Class<?> getEntityType() {
		return getDomainClass();
	}

	/**
	 * Describes the method for messages: {@code InvoiceRepository.findByName}.
	 * @return the repository's simple name and the method name
	 */
	public String describe() {
		return this.method.getDeclaringClass().getSimpleName() + "." + this.method.getName();
	}

	/**
	 * The repository method.
	 * @return the method
	 */
	public Method getRepositoryMethod() {
		return this.method;
	}

}
