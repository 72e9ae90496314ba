package io.financialforce.core.convert;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.util.ClassUtils;

/**
 * The checks of {@link RecordWriter}, each failing with a message that names the type, property and field.
 */
final class WriteChecks {

	private WriteChecks() {
	}

	static String sameCurrency(FinancialForcePersistentEntity<?> entity, @Nullable String currency,
			String other) {
		if (currency != null && !currency.equals(other)) {
			throw new InvalidDataAccessApiUsageException("A " + entity.getObjectName() + " record has one currency,"
					+ " but its values are in " + currency + " and " + other
					+ "; convert the amounts, or write the records separately");
		}
		return other;
	}

	static @Nullable Object convert(FinancialForcePersistentEntity<?> entity,
			FinancialForcePersistentProperty property, @Nullable Object value) {
		try {
			return ValueWriter.toJson(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDataAccessApiUsageException(
					"Cannot write " + describe(entity, property) + ": " + ex.getMessage(), ex);
		}
	}

	static void checkType(FinancialForcePersistentEntity<?> entity, FinancialForcePersistentProperty property,
			@Nullable Object value) {
		if (value == null) {
			return;
		}
		Class<?> type = property.getType();
		boolean fits = Collection.class.isAssignableFrom(type) ? value instanceof Collection
				: ClassUtils.isAssignableValue(type, value);
		if (!fits) {
			throw new InvalidDataAccessApiUsageException("Cannot set " + describe(entity, property) + " of type "
					+ type.getSimpleName() + " to a " + value.getClass().getSimpleName() + " (" + value + ")");
		}
	}

	static FinancialForcePersistentProperty resolve(FinancialForcePersistentEntity<?> entity, String name) {
		FinancialForcePersistentProperty property = entity.getPersistentProperty(name);
		if (property == null) {
			property = entity.getPersistentPropertyByFieldName(name);
		}
		if (property == null) {
			throw new InvalidDataAccessApiUsageException("No property or field '" + name + "' on "
					+ entity.getType().getSimpleName() + " (" + entity.getObjectName() + "); mapped fields: "
					+ String.join(", ", entity.getFieldNames()));
		}
		return property;
	}

	static FinancialForcePersistentProperty requiredExternalIdProperty(
			FinancialForcePersistentEntity<?> entity) {
		FinancialForcePersistentProperty property = entity.getExternalIdProperty();
		if (property == null) {
			throw new InvalidDataAccessApiUsageException(entity.getType().getName()
					+ " has no @ExternalId property to upsert by; annotate the external id field's property");
		}
		return property;
	}

	static String describe(FinancialForcePersistentEntity<?> entity,
			FinancialForcePersistentProperty property) {
		return entity.getType().getSimpleName() + "." + property.getName() + " (" + property.getFieldName() + ")";
	}

}
