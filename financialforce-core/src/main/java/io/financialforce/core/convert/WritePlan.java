package io.financialforce.core.convert;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.DescribedField;
import io.financialforce.core.mapping.DescribedObject;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

/**
 * Which properties of a type each write sends, worked out once per type (and describe metadata).
 *
 * @param description the describe metadata the plan was made with
 * @param insert the properties sent on insert and upsert (createable)
 * @param update the properties sent on update (updateable)
 * @param sendsCurrency whether {@code Money} values also send the record's {@code CurrencyIsoCode}
 */
record WritePlan(@Nullable DescribedObject description, List<FinancialForcePersistentProperty> insert,
		List<FinancialForcePersistentProperty> update, boolean sendsCurrency) {

	static WritePlan of(FinancialForcePersistentEntity<?> entity) {
		DescribedObject description = entity.getDescription();
		List<FinancialForcePersistentProperty> insert = new ArrayList<>();
		List<FinancialForcePersistentProperty> update = new ArrayList<>();
		for (FinancialForcePersistentProperty property : entity) {
			if (!property.isWritable()) {
				continue;
			}
			DescribedField field = (description != null) ? description.field(property.getFieldName()) : null;
			if (field == null || field.createable()) {
				insert.add(property);
			}
			if (field == null || field.updateable()) {
				update.add(property);
			}
		}
		boolean sendsCurrency = entity.hasMoneyProperty()
				&& entity.getPersistentPropertyByFieldName(FinancialForcePersistentEntity.CURRENCY_ISO_CODE) == null;
		return new WritePlan(description, List.copyOf(insert), List.copyOf(update), sendsCurrency);
	}

	List<FinancialForcePersistentProperty> propertiesFor(WriteOperation operation) {
		return (operation == WriteOperation.UPDATE) ? this.update : this.insert;
	}

}
