package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.mapping.Money;

import org.springframework.core.CollectionFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.MappingInstantiationException;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.util.Assert;

/**
 * Reads records of the REST API straight from a Jackson stream into mapped entities, one record at a time, with no
 * tree in between. The {@code attributes} of a record are skipped, fields no property maps are ignored, a nested
 * parent object is read into its parent reference, and a child subquery result
 * ({@code {"totalSize":2,"done":true,"records":[...]}}) into its child collection (further pages through a
 * {@link NextRecordsFetcher}). Records are bound through their canonical constructor, JavaBeans through their
 * setters or fields.
 * <p>
 * A child collection whose relationship is in the record but {@code null} (no children) reads as an empty
 * collection; one the query did not select stays {@code null}, as does every property whose field is absent.
 *
 * @since 0.1.0
 */
public final class RecordReader {

	private static final String ATTRIBUTES = "attributes";

	private final FinancialForceMappingContext mappingContext;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	/** The plans by mapped type, so that reading record by record does not look the entity up each time. */
	private final Map<Class<?>, ReadPlan<?>> plans = new ConcurrentHashMap<>();

	private final @Nullable NextRecordsFetcher nextRecordsFetcher;

	/**
	 * Creates a reader that fails on child subqueries with more than one page.
	 * @param mappingContext the mapping
	 */
	public RecordReader(FinancialForceMappingContext mappingContext) {
		this(mappingContext, null);
	}

	/**
	 * Creates a reader.
	 * @param mappingContext the mapping
	 * @param nextRecordsFetcher fetches further pages of child subqueries, or {@code null} to fail on them
	 */
	public RecordReader(FinancialForceMappingContext mappingContext, @Nullable NextRecordsFetcher nextRecordsFetcher) {
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.mappingContext = mappingContext;
		this.nextRecordsFetcher = nextRecordsFetcher;
	}

	/**
	 * Reads one record.
	 * @param <T> the mapped type
	 * @param type the mapped type
	 * @param parser a parser positioned at the record's {@code START_OBJECT}; left at its {@code END_OBJECT}
	 * @return the entity
	 * @throws RecordReadException if a value does not fit its property, or the JSON is not a record
	 */
	public <T> T read(Class<T> type, JsonParser parser) {
		Assert.notNull(type, "'type' must not be null");
		Assert.notNull(parser, "'parser' must not be null");
		return read(planOf(type), parser);
	}

	/**
	 * A reader of records of one type for a query, its mapping resolved once rather than per record.
	 * @param <T> the mapped type
	 * @param type the mapped type
	 * @return a reader that behaves as {@link #read(Class, JsonParser)}
	 */
	public <T> io.financialforce.client.RecordReader<T> readerOf(Class<T> type) {
		Assert.notNull(type, "'type' must not be null");
		ReadPlan<T> plan = planOf(type);
		return (parser) -> read(plan, parser);
	}

	@SuppressWarnings("unchecked")
	private <T> ReadPlan<T> planOf(Class<T> type) {
		ReadPlan<?> plan = this.plans.get(type);
		return (ReadPlan<T>) ((plan != null) ? plan : plan(this.mappingContext.getRequiredPersistentEntity(type)));
	}

	private <T> T read(ReadPlan<T> plan, JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new RecordReadException("Expected a " + plan.entity.getObjectName() + " record (a JSON object) but"
					+ " got " + parser.currentToken() + " at " + parser.currentLocation());
		}
		try {
			return readObject(plan, parser);
		}
		catch (JacksonException ex) {
			throw new RecordReadException(
					"Malformed " + plan.entity.getObjectName() + " record: " + ex.getOriginalMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> ReadPlan<T> plan(FinancialForcePersistentEntity<?> entity) {
		ReadPlan<?> plan = this.plans.get(entity.getType());
		if (plan == null) {
			plan = new ReadPlan<>(entity, this.instantiators,
					(property) -> plan(this.mappingContext.getRequiredPersistentEntity(property)));
			this.plans.putIfAbsent(entity.getType(), plan);
		}
		return (ReadPlan<T>) plan;
	}

	private <T> T readObject(ReadPlan<T> plan, JsonParser parser) {
		@Nullable Object[] values = new Object[plan.slots.size()];
		String currency = null;
		int position = 0;
		for (String name = parser.nextName(); name != null; name = parser.nextName(), position++) {
			JsonToken token = parser.nextToken();
			if (ATTRIBUTES.equals(name)) {
				parser.skipChildren();
				continue;
			}
			if (plan.hasMoney && token == JsonToken.VALUE_STRING
					&& FinancialForcePersistentEntity.CURRENCY_ISO_CODE.equalsIgnoreCase(name)) {
				currency = parser.getString();
			}
			ReadPlan.Slot slot = plan.slotAt(position, name);
			if (slot == null) {
				parser.skipChildren();
				continue;
			}
			values[slot.index()] = readProperty(plan, slot, parser);
		}
		if (plan.hasMoney) {
			toMoney(plan, values, currency);
		}
		return instantiate(plan, values);
	}

	private @Nullable Object readProperty(ReadPlan<?> plan, ReadPlan.Slot slot, JsonParser parser) {
		FinancialForcePersistentProperty property = slot.property();
		if (property.isParentReference()) {
			if (parser.currentToken() == JsonToken.VALUE_NULL) {
				return null;
			}
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				throw new RecordReadException("Cannot read " + property.getFieldName() + " of "
						+ plan.entity.getObjectName() + " into the parent reference "
						+ plan.entity.getType().getSimpleName() + "." + property.getName()
						+ ": expected the parent record (a JSON object), got " + parser.currentToken());
			}
			return readObject(slot.relatedPlan(), parser);
		}
		if (property.isChildCollection()) {
			return readChildren(plan, slot, parser);
		}
		try {
			return ValueReader.read(parser, slot.type(), slot.valueType(), slot.actualType());
		}
		catch (IllegalArgumentException | DateTimeException | ArithmeticException ex) {
			throw new RecordReadException("Cannot read " + property.getFieldName() + " of "
					+ plan.entity.getObjectName() + " into " + plan.entity.getType().getSimpleName() + "."
					+ property.getName() + " (" + property.getType().getSimpleName() + "): " + ex.getMessage(), ex);
		}
	}

	private Collection<Object> readChildren(ReadPlan<?> plan, ReadPlan.Slot slot, JsonParser parser) {
		FinancialForcePersistentProperty property = slot.property();
		ReadPlan<?> childPlan = slot.relatedPlan();
		Collection<Object> children = CollectionFactory.createCollection(property.getType(),
				childPlan.entity.getType(), 8);
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return children;
		}
		String next = readPage(childPlan, parser, children);
		if (next != null) {
			if (this.nextRecordsFetcher == null) {
				throw new RecordReadException("The child relationship " + property.getFieldName() + " of "
						+ plan.entity.getObjectName() + " has more records than its first page (nextRecordsUrl "
						+ next + ") and this reader has no NextRecordsFetcher; the records are not truncated silently");
			}
			children.addAll(this.nextRecordsFetcher.fetchRemaining(next, (page) -> readObject(childPlan, page)));
		}
		return children;
	}

	/** Reads a query result page into a collection; returns its {@code nextRecordsUrl} unless it is done. */
	private @Nullable String readPage(ReadPlan<?> plan, JsonParser parser, Collection<Object> into) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new RecordReadException("Expected a query result of " + plan.entity.getObjectName()
					+ " records (a JSON object) but got " + parser.currentToken());
		}
		boolean done = true;
		String next = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if ("records".equals(name) && token == JsonToken.START_ARRAY) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					into.add(readObject(plan, parser));
				}
			}
			else if ("done".equals(name)) {
				done = token != JsonToken.VALUE_FALSE;
			}
			else if ("nextRecordsUrl".equals(name) && token == JsonToken.VALUE_STRING) {
				next = parser.getString();
			}
			else {
				parser.skipChildren();
			}
		}
		return done ? null : next;
	}

	private static void toMoney(ReadPlan<?> plan, @Nullable Object[] values, @Nullable String currency) {
		for (ReadPlan.Slot slot : plan.slots) {
			Object amount = values[slot.index()];
			if (!slot.property().isMoney() || amount == null) {
				continue;
			}
			if (currency == null) {
				throw new RecordReadException("Cannot read " + slot.property().getFieldName() + " of "
						+ plan.entity.getObjectName() + " into Money: the record has no CurrencyIsoCode; select it"
						+ " (orgs with multiple currencies only), or map the field to BigDecimal");
			}
			values[slot.index()] = new Money((BigDecimal) amount, currency);
		}
	}

	private <T> T instantiate(ReadPlan<T> plan, @Nullable Object[] values) {
		T instance;
		try {
			instance = createInstance(plan, values);
		}
		catch (MappingInstantiationException ex) {
			throw new RecordReadException("Cannot create a " + plan.entity.getType().getName() + " from a "
					+ plan.entity.getObjectName() + " record: " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage()
					+ "; give it a constructor Spring Data can call, or setters", ex);
		}
		if (!plan.populatesProperties) {
			return instance;
		}
		PersistentPropertyAccessor<T> accessor = plan.entity.getPropertyAccessor(instance);
		for (ReadPlan.Slot slot : plan.slots) {
			Object value = values[slot.index()];
			if (value != null && !slot.creatorArgument()) {
				accessor.setProperty(slot.property(), value);
			}
		}
		return accessor.getBean();
	}

	@SuppressWarnings("unchecked")
	private <T> T createInstance(ReadPlan<T> plan, @Nullable Object[] values) {
		if (plan.recordCreator != null) {
			return (T) plan.recordCreator.create(values);
		}
		return plan.instantiator.createInstance(plan.entity,
				new ParameterValueProvider<FinancialForcePersistentProperty>() {

					private int position;

					@Override
					@SuppressWarnings("unchecked")
					public <V> @Nullable V getParameterValue(Parameter<V, FinancialForcePersistentProperty> parameter) {
						ReadPlan.Slot slot = plan.slotOfParameter(this.position++, parameter);
						Object value = (slot != null) ? values[slot.index()] : null;
						return (V) ((value != null) ? value
								: ParameterValueProvider.getDefaultValue(parameter.getRawType()));
					}

				});
	}

}
