package io.financialforce.repository.support;

import java.lang.reflect.Method;
import java.util.Optional;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.repository.query.FinancialForceEntityInformation;
import io.financialforce.repository.query.FinancialForceQueryMethod;
import io.financialforce.repository.query.PartTreeFinancialForceQuery;
import io.financialforce.repository.query.StringBasedFinancialForceQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.util.Assert;

/**
 * Creates FinancialForce repositories: a {@link SimpleFinancialForceRepository} for the built-in methods, a
 * {@link StringBasedFinancialForceQuery} for each {@code @Query} method and a {@link PartTreeFinancialForceQuery} for
 * every other query method. Every query method is checked when the repository is created.
 */
public class FinancialForceRepositoryFactory extends RepositoryFactorySupport {

	private final FinancialForceOperations operations;

	private final FinancialForceMappingContext mappingContext;

	/**
	 * Creates the factory.
	 * @param operations the operations every repository runs on
	 * @param mappingContext the mapping context of the mapped types
	 */
	public FinancialForceRepositoryFactory(FinancialForceOperations operations,
			FinancialForceMappingContext mappingContext) {
		Assert.notNull(operations, "'operations' must not be null");
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.operations = operations;
		this.mappingContext = mappingContext;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T, ID> FinancialForceEntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		return new MappingFinancialForceEntityInformation<>(
				(FinancialForcePersistentEntity<T>) this.mappingContext.getRequiredPersistentEntity(domainClass));
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		return getTargetRepositoryViaReflection(information, getEntityInformation(information.getDomainType()),
				this.operations, this.mappingContext);
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleFinancialForceRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new LookupStrategy());
	}

	/**
	 * {@code @Query} methods run their SOQL; every other query method is derived from its name.
	 */
	private final class LookupStrategy implements QueryLookupStrategy {

		@Override
		public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
				NamedQueries namedQueries) {
			FinancialForceQueryMethod queryMethod = new FinancialForceQueryMethod(method, metadata, factory);
			FinancialForceEntityInformation<?, ?> entityInformation = getEntityInformation(metadata.getDomainType());
			if (queryMethod.hasAnnotatedQuery()) {
				return new StringBasedFinancialForceQuery(queryMethod, FinancialForceRepositoryFactory.this.operations,
						FinancialForceRepositoryFactory.this.mappingContext);
			}
			return new PartTreeFinancialForceQuery(queryMethod, FinancialForceRepositoryFactory.this.operations,
					FinancialForceRepositoryFactory.this.mappingContext, entityInformation);
		}

	}

}
