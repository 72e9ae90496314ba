package io.financialforce.repository.support;

import io.financialforce.repository.query.FinancialForceEntityInformation;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.repository.core.support.PersistentEntityInformation;
import org.springframework.util.Assert;

/**
 * {@link FinancialForceEntityInformation} read from the mapping metadata of a type.
 *
 * @param <T> the mapped type
 * @param <ID> the id type
 */
final class MappingFinancialForceEntityInformation<T, ID> extends PersistentEntityInformation<T, ID>
		implements FinancialForceEntityInformation<T, ID> {

	/** The mapping's external id annotation, looked up by name so this layer does not depend on its class. */
	static final String EXTERNAL_ID_ANNOTATION = "io.financialforce.core.mapping.ExternalId";

	private final PersistentEntity<T, ? extends PersistentProperty<?>> entity;

	private final @Nullable PersistentProperty<?> externalId;

	MappingFinancialForceEntityInformation(PersistentEntity<T, ? extends PersistentProperty<?>> entity) {
		super(entity);
		Assert.isTrue(entity.hasIdProperty(), () -> entity.getType().getName()
				+ " has no id property; map its record id (the sObject's Id field) to use it in a repository");
		this.entity = entity;
		this.externalId = findExternalId(entity);
	}

	private static @Nullable PersistentProperty<?> findExternalId(PersistentEntity<?, ? extends PersistentProperty<?>> entity) {
		for (PersistentProperty<?> property : entity) {
			if (isExternalId(property)) {
				return property;
			}
		}
		return null;
	}

	private static boolean isExternalId(PersistentProperty<?> property) {
		if (property.getField() != null
				&& MergedAnnotations.from(property.getField()).isPresent(EXTERNAL_ID_ANNOTATION)) {
			return true;
		}
		return property.getGetter() != null
				&& MergedAnnotations.from(property.getGetter()).isPresent(EXTERNAL_ID_ANNOTATION);
	}

	@Override
	public String getIdPropertyName() {
		return this.entity.getRequiredIdProperty().getName();
	}

	@Override
	public @Nullable String getExternalIdPropertyName() {
		return (this.externalId != null) ? this.externalId.getName() : null;
	}

	@Override
	public @Nullable Object getExternalId(T entity) {
		return (this.externalId != null) ? this.entity.getPropertyAccessor(entity).getProperty(this.externalId) : null;
	}

}
