package io.financialforce.repository.query;

import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.core.EntityInformation;

/**
 * What the repositories need to know about a mapped type: its id, and its {@code @ExternalId} if it has one.
 *
 * @param <T> the mapped type
 * @param <ID> the id type
 */
public interface FinancialForceEntityInformation<T, ID> extends EntityInformation<T, ID> {

	/**
	 * The name of the id property, as used in criteria and sorts.
	 * @return the property name
	 */
	String getIdPropertyName();

	/**
	 * The name of the {@code @ExternalId} property, if the type maps one.
	 * @return the property name, or {@code null}
	 */
	@Nullable String getExternalIdPropertyName();

	/**
	 * The value of the {@code @ExternalId} property of an entity.
	 * @param entity the entity
	 * @return the external id, or {@code null} if the type maps none or the entity has none
	 */
	@Nullable Object getExternalId(T entity);

}
