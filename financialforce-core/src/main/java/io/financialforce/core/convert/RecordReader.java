package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.mapping.Money;

import org.springframework.core.CollectionFactory;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
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
		@SuppressWarnings("unchecked")
		FinancialForcePersistentEntity<T> entity = (FinancialForcePersistentEntity<T>) this.mappingContext
			.getRequiredPersistentEntity(type);
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new RecordReadException("Expected a " + entity.getObjectName() + " record (a JSON object) but got "
					+ parser.currentToken() + " at " + parser.currentLocation());
		}
		try {
			return readObject(entity, parser);
		}
		catch (JacksonException ex) {
			throw new RecordReadException("Malformed " + entity.getObjectName() + " record: " + ex.getOriginalMessage(),
					ex);
		}
	}

	private <T> T readObject(FinancialForcePersistentEntity<T> entity, JsonParser parser) {
		Map<FinancialForcePersistentProperty, @Nullable Object> values = new IdentityHashMap<>();
		String currency = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if (ATTRIBUTES.equals(name)) {
				parser.skipChildren();
				continue;
			}
			if (FinancialForcePersistentEntity.CURRENCY_ISO_CODE.equalsIgnoreCase(name)
					&& token == JsonToken.VALUE_STRING) {
				currency = parser.getString();
			}
			FinancialForcePersistentProperty property = entity.getPersistentPropertyByFieldName(name);
			if (property == null) {
				parser.skipChildren();
				continue;
			}
			values.put(property, readProperty(entity, property, parser));
		}
		if (entity.hasMoneyProperty()) {
			toMoney(entity, values, currency);
		}
		return instantiate(entity, values);
	}

	private @Nullable Object readProperty(FinancialForcePersistentEntity<?> entity,
			FinancialForcePersistentProperty property, JsonParser parser) {
		if (property.isParentReference()) {
			return (parser.currentToken() == JsonToken.VALUE_NULL) ? null
					: readObject(this.mappingContext.getRequiredPersistentEntity(property), parser);
		}
		if (property.isChildCollection()) {
			return readChildren(entity, property, parser);
		}
		try {
			return ValueReader.read(parser, property.getType(), property.getActualType());
		}
		catch (IllegalArgumentException | DateTimeParseException | ArithmeticException ex) {
			throw new RecordReadException("Cannot read " + property.getFieldName() + " of " + entity.getObjectName()
					+ " into " + entity.getType().getSimpleName() + "." + property.getName() + " ("
					+ property.getType().getSimpleName() + "): " + ex.getMessage(), ex);
		}
	}

	private Collection<Object> readChildren(FinancialForcePersistentEntity<?> entity,
			FinancialForcePersistentProperty property, JsonParser parser) {
		FinancialForcePersistentEntity<?> childEntity = this.mappingContext.getRequiredPersistentEntity(property);
		Collection<Object> children = CollectionFactory.createCollection(property.getType(),
				childEntity.getType(), 8);
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return children;
		}
		String next = readPage(childEntity, parser, children);
		while (next != null) {
			if (this.nextRecordsFetcher == null) {
				throw new RecordReadException("The child relationship " + property.getFieldName() + " of "
						+ entity.getObjectName() + " has more records than its first page (nextRecordsUrl " + next
						+ ") and this reader has no NextRecordsFetcher; the records are not truncated silently");
			}
			try (JsonParser page = this.nextRecordsFetcher.fetch(next)) {
				if (page.currentToken() == null) {
					page.nextToken();
				}
				next = readPage(childEntity, page, children);
			}
		}
		return children;
	}

	/** Reads a query result page into a collection; returns its {@code nextRecordsUrl} unless it is done. */
	private @Nullable String readPage(FinancialForcePersistentEntity<?> entity, JsonParser parser,
			Collection<Object> into) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new RecordReadException("Expected a query result of " + entity.getObjectName()
					+ " records (a JSON object) but got " + parser.currentToken());
		}
		boolean done = true;
		String next = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if ("records".equals(name) && token == JsonToken.START_ARRAY) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					into.add(readObject(entity, parser));
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

	private static void toMoney(FinancialForcePersistentEntity<?> entity,
			Map<FinancialForcePersistentProperty, @Nullable Object> values, @Nullable String currency) {
		for (Map.Entry<FinancialForcePersistentProperty, @Nullable Object> entry : values.entrySet()) {
			if (!entry.getKey().isMoney() || entry.getValue() == null) {
				continue;
			}
			if (currency == null) {
				throw new RecordReadException("Cannot read " + entry.getKey().getFieldName() + " of "
						+ entity.getObjectName() + " into Money: the record has no CurrencyIsoCode; select it (orgs"
						+ " with multiple currencies only), or map the field to BigDecimal");
			}
			entry.setValue(new Money((BigDecimal) entry.getValue(), currency));
		}
	}

	private <T> T instantiate(FinancialForcePersistentEntity<T> entity,
			Map<FinancialForcePersistentProperty, @Nullable Object> values) {
		T instance = this.instantiators.getInstantiatorFor(entity)
			.createInstance(entity, new ParameterValueProvider<FinancialForcePersistentProperty>() {

				@Override
				@SuppressWarnings("unchecked")
				public <V> @Nullable V getParameterValue(Parameter<V, FinancialForcePersistentProperty> parameter) {
					String name = parameter.getName();
					FinancialForcePersistentProperty property = (name != null) ? entity.getPersistentProperty(name)
							: null;
					Object value = (property != null) ? values.get(property) : null;
					return (V) ((value != null) ? value : ParameterValueProvider.getDefaultValue(parameter.getRawType()));
				}

			});
		PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(instance);
		values.forEach((property, value) -> {
			if (value != null && !entity.isCreatorArgument(property)) {
				accessor.setProperty(property, value);
			}
		});
		return accessor.getBean();
	}

}
