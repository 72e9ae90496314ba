package io.financialforce.repository.support;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.repository.query.FinancialForceEntityInformation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.core.support.PersistentEntityInformation;
import org.springframework.util.Assert;

/**
 * {@link FinancialForceEntityInformation} read from the mapping of a type.
 *
 * @param <T> the mapped type
 * @param <ID> the id type
 */
final class MappingFinancialForceEntityInformation<T, ID> extends PersistentEntityInformation<T, ID>
		implements FinancialForceEntityInformation<T, ID> {

	private final FinancialForcePersistentEntity<T> entity;

	MappingFinancialForceEntityInformation(FinancialForcePersistentEntity<T> entity) {
		super(entity);
		Assert.isTrue(entity.hasIdProperty(), () -> entity.getType().getName()
				+ " has no id property; add a property named 'id' (or annotated @Id) for the record's Id to use it "
				+ "in a repository");
		this.entity = entity;
	}

	@Override
	public String getIdPropertyName() {
		return this.entity.getRequiredIdProperty().getName();
	}

	@Override
	public @Nullable String getExternalIdPropertyName() {
		FinancialForcePersistentProperty externalId = this.entity.getExternalIdProperty();
		return (externalId != null) ? externalId.getName() : null;
	}

	@Override
	public @Nullable Object getExternalId(T entity) {
		FinancialForcePersistentProperty externalId = this.entity.getExternalIdProperty();
		return (externalId != null) ? this.entity.getPropertyAccessor(entity).getProperty(externalId) : null;
	}

}
