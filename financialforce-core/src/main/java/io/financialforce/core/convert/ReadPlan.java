package io.financialforce.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

import org.springframework.data.mapping.model.EntityInstantiator;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.util.Lazy;

/**
 * How records of one mapped type are read, worked out once: the property slot of each field name, the instantiator,
 * and the plans of related types (resolved on first use).
 *
 * @param <T> the mapped type
 */
final class ReadPlan<T> {

	final FinancialForcePersistentEntity<T> entity;

	final EntityInstantiator instantiator;

	final List<Slot> slots;

	final boolean hasMoney;

	final boolean populatesProperties;

	private final Map<String, Slot> byFieldName = new HashMap<>();

	private final Map<String, Slot> byPropertyName = new HashMap<>();

	ReadPlan(FinancialForcePersistentEntity<T> entity, EntityInstantiators instantiators,
			Function<FinancialForcePersistentProperty, ReadPlan<?>> related) {
		this.entity = entity;
		this.instantiator = instantiators.getInstantiatorFor(entity);
		List<Slot> slots = new ArrayList<>();
		for (FinancialForcePersistentProperty property : entity) {
			slots.add(new Slot(slots.size(), property, property.getType(), property.getActualType(),
					entity.isCreatorArgument(property),
					property.isRelationship() ? Lazy.of(() -> related.apply(property)) : null));
		}
		this.slots = List.copyOf(slots);
		boolean populates = false;
		for (Slot slot : this.slots) {
			this.byFieldName.put(slot.property().getFieldName(), slot);
			this.byFieldName.putIfAbsent(slot.property().getFieldName().toLowerCase(Locale.ROOT), slot);
			this.byPropertyName.put(slot.property().getName(), slot);
			populates |= !slot.creatorArgument();
		}
		this.hasMoney = entity.hasMoneyProperty();
		this.populatesProperties = populates;
	}

	/** The slot of a field or relationship name, matched exactly first, then ignoring case. */
	@Nullable Slot slotOf(String fieldName) {
		Slot slot = this.byFieldName.get(fieldName);
		return (slot != null) ? slot : this.byFieldName.get(fieldName.toLowerCase(Locale.ROOT));
	}

	@Nullable Slot slotOfProperty(@Nullable String propertyName) {
		return (propertyName != null) ? this.byPropertyName.get(propertyName) : null;
	}

	/**
	 * One property: its index in the values of a record, and the plan of its related type.
	 */
	record Slot(int index, FinancialForcePersistentProperty property, Class<?> type, Class<?> actualType,
			boolean creatorArgument, @Nullable Lazy<ReadPlan<?>> related) {

		ReadPlan<?> relatedPlan() {
			if (this.related == null) {
				throw new IllegalStateException(this.property.getName() + " is not a relationship");
			}
			return this.related.get();
		}

	}

}
