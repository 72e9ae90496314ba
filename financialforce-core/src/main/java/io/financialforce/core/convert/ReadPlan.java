package io.financialforce.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

import org.springframework.data.mapping.InstanceCreatorMetadata;
import org.springframework.data.mapping.Parameter;
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

	/**
	 * Calls the canonical constructor of a record directly, {@code null} for other types; when set, the index of
	 * each slot is the position of its constructor parameter.
	 */
	final @Nullable RecordCreator recordCreator;

	final List<Slot> slots;

	final boolean hasMoney;

	final boolean populatesProperties;

	private final Map<String, Slot> byFieldName = new HashMap<>();

	private final Map<String, Slot> byPropertyName = new HashMap<>();

	private final Map<Parameter<?, ?>, Slot> byParameter = new IdentityHashMap<>();

	/** The creator's parameters in their order, so that a lookup in that order is an identity check. */
	private final Parameter<?, ?>[] parameters;

	/** The slot of each of {@link #parameters}, {@code null} where no property maps it. */
	private final @Nullable Slot[] parameterSlots;

	/**
	 * The field name last seen at each position of a record and its slot: records of one query list their fields in
	 * the same order, and the parser hands out the same {@code String} instance for a name, so an identity check
	 * usually replaces the map lookup. Entries are immutable, so that plans can be shared between threads.
	 */
	private final @Nullable Seen[] seen = new Seen[SEEN_POSITIONS];

	private static final int SEEN_POSITIONS = 64;

	ReadPlan(FinancialForcePersistentEntity<T> entity, EntityInstantiators instantiators,
			Function<FinancialForcePersistentProperty, ReadPlan<?>> related) {
		this.entity = entity;
		this.instantiator = instantiators.getInstantiatorFor(entity);
		List<FinancialForcePersistentProperty> properties = new ArrayList<>();
		entity.forEach(properties::add);
		List<FinancialForcePersistentProperty> parameterOrder = RecordCreator.parameterOrder(entity, properties);
		RecordCreator recordCreator = (parameterOrder != null) ? RecordCreator.of(entity) : null;
		this.recordCreator = recordCreator;
		List<Slot> slots = new ArrayList<>();
		for (FinancialForcePersistentProperty property : (recordCreator != null) ? parameterOrder : properties) {
			slots.add(new Slot(slots.size(), property, property.getType(), ValueReader.valueTypeOf(property.getType()),
					property.getActualType(),
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
		InstanceCreatorMetadata<FinancialForcePersistentProperty> creator = entity.getInstanceCreatorMetadata();
		List<Parameter<Object, FinancialForcePersistentProperty>> parameters = (creator != null)
				? creator.getParameters() : List.of();
		this.parameters = parameters.toArray(new Parameter<?, ?>[0]);
		this.parameterSlots = new Slot[this.parameters.length];
		for (int i = 0; i < this.parameters.length; i++) {
			Slot slot = slotOfProperty(parameters.get(i).getName());
			if (slot != null) {
				this.byParameter.put(parameters.get(i), slot);
			}
			this.parameterSlots[i] = slot;
		}
		this.hasMoney = entity.hasMoneyProperty();
		this.populatesProperties = populates;
	}

	/** The slot of a field or relationship name, matched exactly first, then ignoring case. */
	@Nullable Slot slotOf(String fieldName) {
		Slot slot = this.byFieldName.get(fieldName);
		return (slot != null) ? slot : this.byFieldName.get(fieldName.toLowerCase(Locale.ROOT));
	}

	/**
	 * The slot of the field at a position of a record, as {@link #slotOf(String)}.
	 * @param position the field's position in the record, {@code 0} for the first
	 * @param fieldName the field name, as the parser gives it
	 * @return the slot, {@code null} if no property maps the field
	 */
	@Nullable Slot slotAt(int position, String fieldName) {
		if (position >= SEEN_POSITIONS) {
			return slotOf(fieldName);
		}
		Seen last = this.seen[position];
		if (last != null && last.fieldName == fieldName) {
			return last.slot;
		}
		Slot slot = slotOf(fieldName);
		this.seen[position] = new Seen(fieldName, slot);
		return slot;
	}

	/** The slot of a parameter of the entity's creator. */
	@Nullable Slot slotOfParameter(Parameter<?, FinancialForcePersistentProperty> parameter) {
		Slot slot = this.byParameter.get(parameter);
		return (slot != null) ? slot : slotOfProperty(parameter.getName());
	}

	/**
	 * The slot of a parameter of the entity's creator, expected at a position: instantiators ask for the parameters
	 * in their order, so the identity check at the position usually answers without a map lookup.
	 * @param position the position the parameter is expected at
	 * @param parameter the parameter
	 * @return the slot, {@code null} if no property maps the parameter
	 */
	@Nullable Slot slotOfParameter(int position, Parameter<?, FinancialForcePersistentProperty> parameter) {
		if (position < this.parameters.length && this.parameters[position] == parameter) {
			return this.parameterSlots[position];
		}
		return slotOfParameter(parameter);
	}

	@Nullable Slot slotOfProperty(@Nullable String propertyName) {
		return (propertyName != null) ? this.byPropertyName.get(propertyName) : null;
	}

	private record Seen(String fieldName, @Nullable Slot slot) {

	}

	/**
	 * One property: its index in the values of a record, the type its value is read as
	 * ({@link ValueReader#valueTypeOf(Class)}), and the plan of its related type.
	 */
	record Slot(int index, FinancialForcePersistentProperty property, Class<?> type, Class<?> valueType,
			Class<?> actualType, boolean creatorArgument, @Nullable Lazy<ReadPlan<?>> related) {

		ReadPlan<?> relatedPlan() {
			if (this.related == null) {
				throw new IllegalStateException(this.property.getName() + " is not a relationship");
			}
			return this.related.get();
		}

	}

}
