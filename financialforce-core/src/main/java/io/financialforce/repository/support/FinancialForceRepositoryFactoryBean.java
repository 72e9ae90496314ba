package io.financialforce.repository.support;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean of one FinancialForce repository. Without explicit references it uses the application context's
 * only {@link FinancialForceOperations} bean, and the mapping context of that {@link FinancialForceTemplate} (or else
 * the context's only {@link FinancialForceMappingContext} bean).
 *
 * @param <T> the repository type
 * @param <S> the mapped type
 * @param <ID> the id type
 */
public class FinancialForceRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable FinancialForceOperations operations;

	private @Nullable FinancialForceMappingContext mappingContext;

	private @Nullable BeanFactory beanFactory;

	/**
	 * Creates the factory bean of a repository interface.
	 * @param repositoryInterface the repository interface
	 */
	public FinancialForceRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * Sets the operations the repository runs on.
	 * @param operations the operations
	 */
	public void setFinancialForceOperations(FinancialForceOperations operations) {
		this.operations = operations;
	}

	/**
	 * Sets the mapping context of the mapped types.
	 * @param mappingContext the mapping context
	 */
	public void setFinancialForceMappingContext(
			FinancialForceMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.operations == null && this.beanFactory != null) {
			this.operations = this.beanFactory.getBean(FinancialForceOperations.class);
		}
		if (this.mappingContext == null && this.operations instanceof FinancialForceTemplate template) {
			this.mappingContext = template.getMappingContext();
		}
		if (this.mappingContext == null && this.beanFactory != null) {
			this.mappingContext = this.beanFactory.getBean(FinancialForceMappingContext.class);
		}
		Assert.state(this.operations != null, "A FinancialForceOperations is required");
		Assert.state(this.mappingContext != null, "A FinancialForceMappingContext is required");
		setMappingContext(this.mappingContext);
		super.afterPropertiesSet();
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.operations != null, "A FinancialForceOperations is required");
		Assert.state(this.mappingContext != null, "A FinancialForceMappingContext is required");
		return new FinancialForceRepositoryFactory(this.operations, this.mappingContext);
	}

}
