package io.financialforce.core.convert;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.financialforce.client.FieldDescription;
import io.financialforce.client.SObjectDescription;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

/**
 * Which properties of a type each write sends, worked out once per type (and describe metadata).
 *
 * @param description the describe metadata the plan was made with
 * @param insert the properties sent on insert and upsert (createable)
 * @param update the properties sent on update (updateable)
 */
record WritePlan(@Nullable SObjectDescription description, List<FinancialForcePersistentProperty> insert,
		List<FinancialForcePersistentProperty> update) {

	static WritePlan of(FinancialForcePersistentEntity<?> entity) {
		SObjectDescription description = entity.getDescription();
		List<FinancialForcePersistentProperty> insert = new ArrayList<>();
		List<FinancialForcePersistentProperty> update = new ArrayList<>();
		for (FinancialForcePersistentProperty property : entity) {
			if (!property.isWritable()) {
				continue;
			}
			FieldDescription field = (description != null) ? description.field(property.getFieldName()).orElse(null)
					: null;
			if (field == null || field.createable()) {
				insert.add(property);
			}
			if (field == null || field.updateable()) {
				update.add(property);
			}
		}
		return new WritePlan(description, List.copyOf(insert), List.copyOf(update));
	}

	List<FinancialForcePersistentProperty> propertiesFor(WriteOperation operation) {
		return (operation == WriteOperation.UPDATE) ? this.update : this.insert;
	}

}
