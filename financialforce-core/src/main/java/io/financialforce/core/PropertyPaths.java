package io.financialforce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.soql.FieldPath;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Resolves the keys of criteria, sorts and projections — property names ({@code dueDate}), paths through parent
 * references ({@code account.name}) or field API names ({@code c2g__DueDate__c}, {@code c2g__Account__r.Name}) —
 * into SOQL field paths, failing with a clear message for anything the mapping does not know.
 */
final class PropertyPaths {

	private final FinancialForceMappingContext mappingContext;

	PropertyPaths(FinancialForceMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	/**
	 * The field path a key stands for. A key ending on a parent reference ({@code account}) stands for its
	 * reference field ({@code AccountId}).
	 * @param key the key
	 * @param entity the queried entity
	 * @return the SOQL field path
	 */
	FieldPath fieldPath(String key, FinancialForcePersistentEntity<?> entity) {
		Resolved resolved = resolve(key, entity);
		FinancialForcePersistentProperty last = resolved.property();
		List<String> segments = new ArrayList<>(resolved.relationships());
		if (last.isChildCollection()) {
			throw new InvalidDataAccessApiUsageException("'" + key + "' of " + describe(entity)
					+ " is a child collection, which SOQL cannot compare; filter the parent with a semi-join, e.g."
					+ " where(\"id\").in(subselect)");
		}
		segments.add(last.isParentReference() ? referenceField(last) : last.getFieldName());
		return new FieldPath(segments);
	}

	/**
	 * The Java type values compared with a key stand for: the property's type, or {@code String} (an id) for a
	 * parent reference.
	 * @param key the key
	 * @param entity the queried entity
	 * @return the type
	 */
	Class<?> valueType(String key, FinancialForcePersistentEntity<?> entity) {
		FinancialForcePersistentProperty property = resolve(key, entity).property();
		return property.isParentReference() ? String.class : property.getActualType();
	}

	/**
	 * The property a key ends on, and the relationship names leading to it.
	 * @param key the key
	 * @param entity the queried entity
	 * @return the resolved key
	 */
	Resolved resolve(String key, FinancialForcePersistentEntity<?> entity) {
		String[] parts = key.split("\\.", -1);
		FinancialForcePersistentEntity<?> current = entity;
		List<String> relationships = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			FinancialForcePersistentProperty property = property(current, parts[i], key, entity);
			if (i == parts.length - 1) {
				return new Resolved(property, List.copyOf(relationships), current);
			}
			if (!property.isParentReference()) {
				throw new InvalidDataAccessApiUsageException("'" + key + "' goes through '" + parts[i] + "' of "
						+ describe(current) + ", which is not a parent reference; only parent references lead on");
			}
			relationships.add(property.getFieldName());
			current = this.mappingContext.getRequiredPersistentEntity(property.getActualType());
		}
		throw new IllegalStateException("unreachable");
	}

	/**
	 * The entity a parent reference or child collection property leads to.
	 * @param property a relationship property
	 * @return the related entity
	 */
	FinancialForcePersistentEntity<?> related(FinancialForcePersistentProperty property) {
		return this.mappingContext.getRequiredPersistentEntity(property.getActualType());
	}

	private static FinancialForcePersistentProperty property(FinancialForcePersistentEntity<?> entity, String name,
			String key, FinancialForcePersistentEntity<?> root) {
		FinancialForcePersistentProperty property = entity.getPersistentProperty(name);
		if (property == null) {
			property = entity.getPersistentPropertyByFieldName(name);
		}
		if (property == null || property.isTransient()) {
			throw new InvalidDataAccessApiUsageException("No property or field '" + name + "' on "
					+ describe(entity) + ((entity != root) ? " (in '" + key + "' of " + describe(root) + ")" : "")
					+ "; known properties: " + propertyNames(entity));
		}
		return property;
	}

	private static String referenceField(FinancialForcePersistentProperty parent) {
		String reference = parent.getReferenceFieldName();
		if (reference == null) {
			throw new InvalidDataAccessApiUsageException(
					"Parent reference '" + parent.getName() + "' has no reference field to compare");
		}
		return reference;
	}

	static String describe(FinancialForcePersistentEntity<?> entity) {
		return entity.getType().getSimpleName() + " (" + entity.getObjectName() + ")";
	}

	private static String propertyNames(FinancialForcePersistentEntity<?> entity) {
		List<String> names = new ArrayList<>();
		entity.doWithProperties((FinancialForcePersistentProperty property) -> names.add(property.getName()));
		return names.stream().sorted().collect(Collectors.joining(", "));
	}

	/**
	 * A key resolved against the mapping.
	 *
	 * @param property the property the key ends on
	 * @param relationships the relationship names leading to it, outermost first
	 * @param owner the entity owning {@code property}
	 */
	record Resolved(FinancialForcePersistentProperty property, List<String> relationships,
			FinancialForcePersistentEntity<?> owner) {

	}

}
