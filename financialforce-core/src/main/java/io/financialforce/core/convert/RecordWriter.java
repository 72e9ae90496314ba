package io.financialforce.core.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.mapping.Money;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.InstantiationAwarePropertyAccessor;
import org.springframework.util.Assert;

/**
 * Turns entities into the JSON bodies of the REST API's writes, as ordered maps of JSON-ready values
 * ({@code String}, {@code Boolean}, numbers with their scale, {@code null}).
 * <p>
 * Only fields the write may set are sent: createable ones on insert and upsert, updateable ones on update (from the
 * describe metadata the mapping was checked against, when it was). The id, relationships, compound
 * {@code Address}/{@code GeoLocation} values, system fields and {@code @ReadOnlyProperty} properties are never sent.
 * <p>
 * <strong>Nulls.</strong> An entity write sends the properties that hold a value and leaves out those that are
 * {@code null}, so a partially loaded entity never clears fields by accident. To clear a field, send a
 * {@link #partialUpdateBody(Class, Map) partial update} naming it with a {@code null} value: that is the one way to
 * write {@code null}. Entities are not tracked for changes, which records could not support.
 *
 * @since 0.1.0
 */
public final class RecordWriter {

	private static final String ID = "Id";

	private final FinancialForceMappingContext mappingContext;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	private final Map<FinancialForcePersistentEntity<?>, WritePlan> plans = new ConcurrentHashMap<>();

	/** The entity of each type written, looked up once: the mapping context's lookup is costly per record. */
	private final Map<Class<?>, FinancialForcePersistentEntity<?>> entities = new ConcurrentHashMap<>();

	/**
	 * Creates a writer.
	 * @param mappingContext the mapping
	 */
	public RecordWriter(FinancialForceMappingContext mappingContext) {
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.mappingContext = mappingContext;
	}

	/**
	 * The body of a single-record write: {@code POST /sobjects/{name}} (insert), {@code PATCH
	 * /sobjects/{name}/{id}} (update, the id in the URL) or {@code PATCH /sobjects/{name}/{field}/{value}} (upsert,
	 * the external id in the URL).
	 * @param entity the entity
	 * @param operation the write
	 * @return the fields to send, in property order
	 */
	public Map<String, @Nullable Object> body(Object entity, WriteOperation operation) {
		Assert.notNull(entity, "'entity' must not be null");
		Assert.notNull(operation, "'operation' must not be null");
		FinancialForcePersistentEntity<?> persistentEntity = entityOf(entity.getClass());
		return write(persistentEntity, entity, operation, new LinkedHashMap<>());
	}

	/**
	 * One record of an sObject Collections request ({@code /composite/sobjects}): {@code attributes.type}, the
	 * record's {@code Id} for updates, its external id for upserts, then the fields of {@link #body}.
	 * @param entity the entity
	 * @param operation the write
	 * @return the record to send
	 * @throws InvalidDataAccessApiUsageException if an update has no id, or an upsert no external id
	 */
	public Map<String, @Nullable Object> collectionRecord(Object entity, WriteOperation operation) {
		Assert.notNull(entity, "'entity' must not be null");
		Assert.notNull(operation, "'operation' must not be null");
		FinancialForcePersistentEntity<?> persistentEntity = entityOf(entity.getClass());
		Map<String, @Nullable Object> record = attributes(persistentEntity);
		if (operation == WriteOperation.UPDATE) {
			record.put(ID, getRequiredId(entity));
		}
		else if (operation == WriteOperation.UPSERT) {
			FinancialForcePersistentProperty externalId = WriteChecks.requiredExternalIdProperty(persistentEntity);
			record.put(externalId.getFieldName(), getExternalIdValue(entity));
		}
		return write(persistentEntity, entity, operation, record);
	}

	/**
	 * The body of a partial update: exactly the fields named, a {@code null} value clearing its field.
	 * @param type the mapped type
	 * @param changes new values by property name or field API name
	 * @return the body to {@code PATCH}
	 * @throws InvalidDataAccessApiUsageException for an unknown name, a field that cannot be updated, or a value
	 * of the wrong type
	 */
	public Map<String, @Nullable Object> partialUpdateBody(Class<?> type,
			Map<String, ? extends @Nullable Object> changes) {
		Assert.notNull(type, "'type' must not be null");
		Assert.notNull(changes, "'changes' must not be null");
		FinancialForcePersistentEntity<?> entity = entityOf(type);
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		changes.forEach((name, value) -> {
			FinancialForcePersistentProperty property = WriteChecks.resolve(entity, name);
			if (!plan(entity).update().contains(property)) {
				throw new InvalidDataAccessApiUsageException(WriteChecks.describe(entity, property)
						+ " cannot be updated: it is the id, a relationship, a compound, system or read-only field,"
						+ " or not updateable in the org");
			}
			WriteChecks.checkType(entity, property, value);
			body.put(property.getFieldName(), WriteChecks.convert(entity, property, value));
		});
		return body;
	}

	/**
	 * One record of an sObject Collections update made of a partial update.
	 * @param type the mapped type
	 * @param id the record id
	 * @param changes new values by property name or field API name, {@code null} clearing
	 * @return the record to send
	 */
	public Map<String, @Nullable Object> partialUpdateRecord(Class<?> type, String id,
			Map<String, ? extends @Nullable Object> changes) {
		Assert.hasText(id, "'id' must not be empty");
		Map<String, @Nullable Object> record = attributes(entityOf(type));
		record.put(ID, id);
		record.putAll(partialUpdateBody(type, changes));
		return record;
	}

	/**
	 * The record id an entity holds.
	 * @param entity the entity
	 * @return the id, or {@code null} if it has none yet
	 */
	public @Nullable String getId(Object entity) {
		Object id = entityOf(entity.getClass()).getIdentifierAccessor(entity).getIdentifier();
		return (id != null) ? id.toString() : null;
	}

	/**
	 * The value of an entity's {@code @ExternalId} property, as it goes into an upsert URL.
	 * @param entity the entity
	 * @return the value as text
	 * @throws InvalidDataAccessApiUsageException if the type has no external id, or the entity no value for it
	 */
	public String getExternalIdValue(Object entity) {
		FinancialForcePersistentEntity<?> persistentEntity = entityOf(entity.getClass());
		FinancialForcePersistentProperty property = WriteChecks.requiredExternalIdProperty(persistentEntity);
		Object value = ValueWriter.toJson(persistentEntity.getPropertyAccessor(entity).getProperty(property));
		if (value == null) {
			throw new InvalidDataAccessApiUsageException("Cannot upsert " + persistentEntity.getObjectName()
					+ ": its external id " + WriteChecks.describe(persistentEntity, property) + " is null");
		}
		return value.toString();
	}

	/**
	 * Sets the id of an entity, as after an insert.
	 * @param <T> the mapped type
	 * @param entity the entity
	 * @param id the id the API returned
	 * @return the entity with its id: the same instance for JavaBeans, a copy for records and other immutable types
	 */
	public <T> T withId(T entity, String id) {
		Assert.notNull(entity, "'entity' must not be null");
		Assert.hasText(id, "'id' must not be empty");
		@SuppressWarnings("unchecked")
		FinancialForcePersistentEntity<T> persistentEntity = (FinancialForcePersistentEntity<T>) entityOf(
				entity.getClass());
		PersistentPropertyAccessor<T> accessor = new InstantiationAwarePropertyAccessor<>(entity,
				persistentEntity::getPropertyAccessor, this.instantiators);
		accessor.setProperty(persistentEntity.getRequiredIdProperty(), id);
		return accessor.getBean();
	}

	private Map<String, @Nullable Object> write(FinancialForcePersistentEntity<?> entity, Object bean,
			WriteOperation operation, Map<String, @Nullable Object> body) {
		WritePlan plan = plan(entity);
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(bean);
		String currency = null;
		for (FinancialForcePersistentProperty property : plan.propertiesFor(operation)) {
			if (operation == WriteOperation.UPSERT && property.isExternalId()) {
				continue;
			}
			Object value = accessor.getProperty(property);
			if (value instanceof Money money) {
				currency = WriteChecks.sameCurrency(entity, currency, money.currencyIsoCode());
			}
			Object json = WriteChecks.convert(entity, property, value);
			if (json != null) {
				body.put(property.getFieldName(), json);
			}
		}
		if (currency != null) {
			FinancialForcePersistentProperty mapped = entity
				.getPersistentPropertyByFieldName(FinancialForcePersistentEntity.CURRENCY_ISO_CODE);
			if (mapped == null) {
				body.put(FinancialForcePersistentEntity.CURRENCY_ISO_CODE, currency);
			}
			else if (accessor.getProperty(mapped) != null) {
				WriteChecks.sameCurrency(entity, currency, String.valueOf(accessor.getProperty(mapped)));
			}
		}
		return body;
	}

	private Map<String, @Nullable Object> attributes(FinancialForcePersistentEntity<?> entity) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("attributes", Map.of("type", entity.getObjectName()));
		return record;
	}

	private String getRequiredId(Object entity) {
		String id = getId(entity);
		if (id == null) {
			throw new InvalidDataAccessApiUsageException("Cannot update a "
					+ entityOf(entity.getClass()).getObjectName()
					+ " record without an id; insert it, or upsert it by external id");
		}
		return id;
	}

	private WritePlan plan(FinancialForcePersistentEntity<?> entity) {
		WritePlan plan = this.plans.get(entity);
		if (plan == null || !Objects.equals(plan.description(), entity.getDescription())) {
			plan = WritePlan.of(entity);
			this.plans.put(entity, plan);
		}
		return plan;
	}

	private FinancialForcePersistentEntity<?> entityOf(Class<?> type) {
		FinancialForcePersistentEntity<?> entity = this.entities.get(type);
		if (entity == null) {
			entity = this.mappingContext.getRequiredPersistentEntity(type);
			this.entities.put(type, entity);
		}
		return entity;
	}

}
