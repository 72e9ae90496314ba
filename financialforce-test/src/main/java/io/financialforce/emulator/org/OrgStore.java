package io.financialforce.emulator.org;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The records of the emulated org with the org's validation: required fields, types, lengths, createable and
 * updateable, unique and external-id duplicates, lookups to missing records, picklist values; system fields; roll-up
 * summaries kept consistent on every write; deletes to a recycle bin, cascading over master-detail relationships.
 * Reads happen inside {@link #read(Supplier)}, writes inside {@link #atomically(Function)} (or the single-write
 * methods, which are atomic themselves).
 */
public final class OrgStore {

	private final Schema schema;

	private final Clock clock;

	private final List<Table> tables = new ArrayList<>();

	private final Map<String, Table> tablesByName = new LinkedHashMap<>();

	private final Map<ObjectDef, Table> tablesByObject = new java.util.IdentityHashMap<>();

	private final RowMaintenance maintenance = new RowMaintenance(this);

	private final WriteChecks checks = new WriteChecks(this);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private @Nullable List<Runnable> undoLog;

	private volatile long version;

	private String userId = SalesforceIds.id("005", 1);

	/**
	 * A store over a schema.
	 * @param schema the objects
	 * @param clock the clock of system fields
	 */
	public OrgStore(Schema schema, Clock clock) {
		this.schema = schema;
		this.clock = clock;
		for (ObjectDef object : schema.objects()) {
			addTable(object);
		}
	}

	public Schema schema() {
		return this.schema;
	}

	public Clock clock() {
		return this.clock;
	}

	/**
	 * The id of the user the API acts as (CreatedById, OwnerId defaults).
	 * @return an 18-character User id
	 */
	public String userId() {
		return this.userId;
	}

	/**
	 * Sets the acting user.
	 * @param userId an 18-character User id
	 */
	public void setUserId(String userId) {
		this.userId = userId;
	}

	/**
	 * Defines a further object.
	 * @param object the object
	 */
	public void define(ObjectDef object) {
		write(() -> {
			this.schema.add(object);
			addTable(object);
			return null;
		});
	}

	private void addTable(ObjectDef object) {
		Table table = new Table(object, this.tables.size());
		this.tables.add(table);
		this.tablesByName.put(object.name().toLowerCase(Locale.ROOT), table);
		this.tablesByObject.put(object, table);
		this.maintenance.register(table);
	}

	/**
	 * Runs a read under the read lock.
	 * @param <T> result type
	 * @param work the read
	 * @return its result
	 */
	public <T> T read(Supplier<T> work) {
		this.lock.readLock().lock();
		try {
			return work.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private <T> T write(Supplier<T> work) {
		this.lock.writeLock().lock();
		try {
			return work.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Runs writes as one unit: an exception, or {@link Transaction#setRollbackOnly()}, undoes them all. Nested calls
	 * join the outer unit.
	 * @param <T> result type
	 * @param work the writes
	 * @return the result of the work
	 */
	public <T> T atomically(Function<Transaction, T> work) {
		return write(() -> {
			boolean outer = this.undoLog == null;
			if (outer) {
				this.undoLog = new ArrayList<>();
			}
			List<Runnable> log = this.undoLog;
			int start = log.size();
			boolean[] rollbackOnly = { false };
			Transaction transaction = new Transaction() {

				@Override
				public int savepoint() {
					return log.size();
				}

				@Override
				public void rollbackTo(int savepoint) {
					undo(log, savepoint);
				}

				@Override
				public void setRollbackOnly() {
					rollbackOnly[0] = true;
				}

			};
			try {
				T result = work.apply(transaction);
				if (rollbackOnly[0]) {
					undo(log, start);
				}
				return result;
			}
			catch (RuntimeException | Error ex) {
				undo(log, start);
				throw ex;
			}
			finally {
				if (outer) {
					this.undoLog = null;
				}
			}
		});
	}

	private void undo(List<Runnable> log, int savepoint) {
		while (log.size() > savepoint) {
			this.version++;
			log.remove(log.size() - 1).run();
		}
	}

	/**
	 * A number that changes with every write (and undo).
	 * @return the data version
	 */
	public long version() {
		return this.version;
	}

	private void logUndo(Runnable action) {
		this.version++;
		if (this.undoLog != null) {
			this.undoLog.add(action);
		}
	}

	// ---- reads

	/**
	 * The object of a name.
	 * @param name API name, case-insensitive
	 * @return the object
	 * @throws ApiException NOT_FOUND (404) for an unknown object
	 */
	public ObjectDef object(String name) {
		ObjectDef object = this.schema.get(name);
		if (object == null) {
			throw new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
		}
		return object;
	}

	/**
	 * The number of rows of an object, deleted ones included.
	 * @param object the object
	 * @return the row count
	 */
	public int rowCount(ObjectDef object) {
		return table(object).size;
	}

	/**
	 * Finds a record by id.
	 * @param id 15 or 18 characters
	 * @return the record, deleted or not, or null
	 */
	public @Nullable RecordRef find(String id) {
		if (id.length() < 15) {
			return null;
		}
		ObjectDef object = this.schema.byKeyPrefix(id.substring(0, 3));
		if (object == null) {
			return null;
		}
		int row = table(object).row(id);
		return (row >= 0) ? new RecordRef(object, row) : null;
	}

	/**
	 * Whether a record is in the recycle bin.
	 * @param record the record
	 * @return true if deleted
	 */
	public boolean isDeleted(RecordRef record) {
		return table(record.object()).isDeleted(record.row());
	}

	/**
	 * The 18-character id of a record.
	 * @param record the record
	 * @return the id
	 */
	public String id(RecordRef record) {
		return table(record.object()).id(record.row());
	}

	/**
	 * A value of a record: String, Boolean, Integer, BigDecimal (at the field's scale), LocalDate, Instant, or an id.
	 * @param record the record
	 * @param field a field of its object
	 * @return the value or null
	 */
	public @Nullable Object value(RecordRef record, FieldDef field) {
		return value(table(record.object()), record.row(), field);
	}

	@Nullable Object value(Table table, int row, FieldDef field) {
		if (field.type() == FieldType.ID) {
			return table.id(row);
		}
		if (field.formula() != null) {
			return field.formula().compute((name) -> {
				FieldDef other = table.def.field(name);
				return (other != null) ? value(table, row, other) : null;
			});
		}
		if ("IsDeleted".equals(field.name())) {
			return table.isDeleted(row);
		}
		int slot = table.def.slot(field);
		if (table.isNull(row, slot)) {
			return null;
		}
		if (field.autoNumber()) {
			return table.autoNumber(table.getLong(row, slot));
		}
		return switch (field.type().storage()) {
			case TEXT -> table.getObject(row, slot);
			case BOOLEAN -> table.getLong(row, slot) != 0;
			case DECIMAL -> (field.type() == FieldType.INT) ? Integer.valueOf((int) table.getLong(row, slot))
					: BigDecimal.valueOf(table.getLong(row, slot), field.scale());
			case DATE -> LocalDate.ofEpochDay(table.getLong(row, slot));
			case DATETIME -> Instant.ofEpochMilli(table.getLong(row, slot));
			case REFERENCE -> decodeReference(table.getLong(row, slot));
			case ID -> table.id(row);
		};
	}

	/**
	 * The records whose value of an indexed (unique or external id) field equals a value, case-insensitively,
	 * deleted ones left out.
	 * @param object the object
	 * @param field an external id or unique field
	 * @param value the value
	 * @return the matching records
	 */
	public List<RecordRef> findByIndexedField(ObjectDef object, FieldDef field, String value) {
		List<RecordRef> matches = new ArrayList<>();
		for (int row : this.maintenance.lookup(table(object), field, value)) {
			matches.add(new RecordRef(object, row));
		}
		return matches;
	}

	// ---- writes

	/**
	 * Inserts a record.
	 * @param object the object
	 * @param values field values (JSON scalars or Java values; a relationship name may map to an external-id
	 * reference such as {@code {"CODAExternalId__c":"ACC-1"}})
	 * @return the new record's id
	 * @throws ApiException with the org's error if the record is invalid
	 */
	public String insert(ObjectDef object, Map<String, ? extends @Nullable Object> values) {
		return atomically((tx) -> insertInternal(object, values, null));
	}

	/**
	 * Inserts a record under a given id (loading users' data).
	 * @param object the object
	 * @param id the id to keep, with the object's key prefix
	 * @param values field values
	 * @return the id
	 */
	public String insertWithId(ObjectDef object, String id, Map<String, ? extends @Nullable Object> values) {
		if (!id.startsWith(object.keyPrefix()) || !SalesforceIds.isIdShaped(id)) {
			throw ApiException.badRequest("MALFORMED_ID", object.name() + " ID: id value of incorrect type: " + id,
					"Id");
		}
		if (find(id) != null) {
			throw ApiException.badRequest("DUPLICATE_VALUE",
					"duplicate value found: Id duplicates value on record with id: " + id, "Id");
		}
		if (SalesforceIds.sequence(id) >= 0) {
			throw ApiException.badRequest("MALFORMED_ID", "Id " + id + " has the form of the ids the emulator "
					+ "assigns itself (key prefix + Dm00...); give another id or none", "Id");
		}
		return atomically((tx) -> insertInternal(object, values, SalesforceIds.to18(id.substring(0, 15))));
	}

	private String insertInternal(ObjectDef object, Map<String, ? extends @Nullable Object> values,
			@Nullable String explicitId) {
		Table table = table(object);
		Map<FieldDef, @Nullable Object> typed = this.checks.convertAll(object, values, true);
		for (FieldDef field : object.fields()) {
			if (!typed.containsKey(field) && field.defaultValue() != null && field.createable()) {
				typed.put(field, (field.defaultValue() == FieldDef.TODAY)
						? LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC) : field.defaultValue());
			}
		}
		FieldDef owner = object.field("OwnerId");
		if (owner != null && typed.get(owner) == null) {
			typed.put(owner, this.userId);
		}
		List<String> missing = new ArrayList<>();
		for (FieldDef field : object.fields()) {
			if (field.required() && typed.get(field) == null) {
				missing.add(field.name());
			}
		}
		if (!missing.isEmpty()) {
			throw ApiException.badRequest("REQUIRED_FIELD_MISSING",
					"Required fields are missing: " + missing, missing.toArray(String[]::new));
		}
		this.checks.checkReferences(typed);
		WriteChecks.checkRules(object, (name) -> {
			FieldDef field = object.field(name);
			return (field != null) ? typed.get(field) : null;
		});
		this.maintenance.checkUnique(table, -1, typed);
		int row = table.addRow();
		if (explicitId != null) {
			table.assignExplicitId(row, explicitId);
		}
		long now = this.clock.millis();
		for (Map.Entry<FieldDef, @Nullable Object> entry : typed.entrySet()) {
			store(table, row, entry.getKey(), entry.getValue());
		}
		for (FieldDef field : object.fields()) {
			switch (field.name()) {
				case "CreatedDate", "LastModifiedDate", "SystemModstamp" -> table.setLong(row, object.slot(field), now);
				case "CreatedById", "LastModifiedById" -> store(table, row, field, this.userId);
				default -> {
					if (field.autoNumber()) {
						table.setLong(row, object.slot(field), ++table.autoNumber);
					}
					else if (field.rollup() != null) {
						table.setLong(row, object.slot(field), 0);
					}
				}
			}
		}
		this.maintenance.attach(table, row);
		logUndo(() -> {
			this.maintenance.detach(table, row);
			table.removeLastRow();
		});
		return table.id(row);
	}

	/**
	 * Updates a record.
	 * @param object the object the id must belong to
	 * @param id the record's id
	 * @param values the values to change
	 * @throws ApiException NOT_FOUND, ENTITY_IS_DELETED or a validation error
	 */
	public void update(ObjectDef object, String id, Map<String, ? extends @Nullable Object> values) {
		atomically((tx) -> {
			RecordRef record = live(object, id);
			Table table = table(object);
			Map<FieldDef, @Nullable Object> typed = this.checks.convertAll(object, values, false);
			List<String> missing = new ArrayList<>();
			for (Map.Entry<FieldDef, @Nullable Object> entry : typed.entrySet()) {
				if (entry.getValue() == null && !entry.getKey().nillable()) {
					missing.add(entry.getKey().name());
				}
			}
			if (!missing.isEmpty()) {
				throw ApiException.badRequest("REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing,
						missing.toArray(String[]::new));
			}
			this.checks.checkReferences(typed);
			WriteChecks.checkRules(object, (name) -> {
				FieldDef field = object.field(name);
				if (field == null) {
					return null;
				}
				return typed.containsKey(field) ? typed.get(field) : value(table, record.row(), field);
			});
			this.maintenance.checkUnique(table, record.row(), typed);
			Map<FieldDef, @Nullable Object> changes = new LinkedHashMap<>(typed);
			for (FieldDef field : object.fields()) {
				switch (field.name()) {
					case "LastModifiedDate", "SystemModstamp" -> changes.put(field, Instant.ofEpochMilli(this.clock.millis()));
					case "LastModifiedById" -> changes.put(field, this.userId);
					default -> {
					}
				}
			}
			setValues(table, record.row(), changes);
			return null;
		});
	}

	/**
	 * Changes stored values, keeping indexes and roll-ups consistent, with undo.
	 */
	void setValues(Table table, int row, Map<FieldDef, @Nullable Object> changes) {
		Map<FieldDef, @Nullable Object> previous = new LinkedHashMap<>();
		for (FieldDef field : changes.keySet()) {
			previous.put(field, value(table, row, field));
		}
		this.maintenance.detach(table, row);
		changes.forEach((field, value) -> store(table, row, field, value));
		this.maintenance.attach(table, row);
		logUndo(() -> {
			this.maintenance.detach(table, row);
			previous.forEach((field, value) -> store(table, row, field, value));
			this.maintenance.attach(table, row);
		});
	}

	/**
	 * Deletes a record to the recycle bin, its master-detail children with it; lookups to it are cleared.
	 * @param object the object the id must belong to, or null for any
	 * @param id the record's id
	 * @throws ApiException NOT_FOUND or ENTITY_IS_DELETED
	 */
	public void delete(@Nullable ObjectDef object, String id) {
		atomically((tx) -> {
			RecordRef record = live(object, id);
			deleteRow(table(record.object()), record.row());
			return null;
		});
	}

	private void deleteRow(Table table, int row) {
		long reference = encodeReference(table, row);
		for (ObjectDef.ChildRelationship relationship : table.def.childRelationships()) {
			Table child = table(this.schema.get(relationship.childSObject()));
			FieldDef field = child.def.field(relationship.field());
			int slot = child.def.slot(field);
			for (int childRow : this.maintenance.referrers(child, slot, reference)) {
				// an earlier cascade may have changed the row since the index was read
				if (!child.isDeleted(childRow) && !child.isNull(childRow, slot)
						&& child.getLong(childRow, slot) == reference) {
					if (relationship.cascadeDelete()) {
						deleteRow(child, childRow);
					}
					else if (!field.nillable()) {
						throw ApiException.badRequest("DELETE_FAILED", "Your attempt to delete " + table.id(row)
								+ " could not be completed because it is associated with the following "
								+ child.def.labelPlural().toLowerCase(Locale.ROOT) + ": " + child.id(childRow));
					}
					else {
						Map<FieldDef, @Nullable Object> clear = new LinkedHashMap<>();
						clear.put(field, null);
						setValues(child, childRow, clear);
					}
				}
			}
		}
		this.maintenance.detach(table, row);
		table.setDeleted(row, true);
		this.maintenance.attach(table, row);
		logUndo(() -> {
			this.maintenance.detach(table, row);
			table.setDeleted(row, false);
			this.maintenance.attach(table, row);
		});
	}

	/**
	 * Inserts or updates the record whose external id has a value.
	 * @param object the object
	 * @param externalIdField the external id field
	 * @param externalId the value
	 * @param values the record's values
	 * @return the id and whether it was created
	 * @throws AmbiguousExternalIdException if several records match
	 */
	public UpsertResult upsert(ObjectDef object, FieldDef externalIdField, String externalId,
			Map<String, ? extends @Nullable Object> values) {
		return atomically((tx) -> {
			List<RecordRef> matches = (externalIdField.type() == FieldType.ID)
					? liveOrEmpty(object, externalId) : findByIndexedField(object, externalIdField, externalId);
			if (matches.size() > 1) {
				throw new AmbiguousExternalIdException(matches);
			}
			Map<String, @Nullable Object> body = new LinkedHashMap<>(values);
			body.keySet().removeIf((key) -> key.equalsIgnoreCase(externalIdField.name()));
			if (matches.size() == 1) {
				String id = id(matches.get(0));
				update(object, id, body);
				return new UpsertResult(id, false);
			}
			if (externalIdField.type() == FieldType.ID) {
				throw ApiException.notFound();
			}
			body.put(externalIdField.name(), externalId);
			return new UpsertResult(insertInternal(object, body, null), true);
		});
	}

	List<RecordRef> liveOrEmpty(ObjectDef object, String id) {
		RecordRef record = find(id);
		return (record != null && record.object() == object && !isDeleted(record)) ? List.of(record) : List.of();
	}

	private RecordRef live(@Nullable ObjectDef object, String id) {
		RecordRef record = find(id);
		if (record == null || (object != null && record.object() != object)) {
			throw ApiException.notFound();
		}
		if (isDeleted(record)) {
			throw new ApiException(404, "ENTITY_IS_DELETED", "entity is deleted");
		}
		return record;
	}

	// ---- conversion and storage

	void store(Table table, int row, FieldDef field, @Nullable Object value) {
		int slot = table.def.slot(field);
		if (slot < 0) {
			return;
		}
		if (value == null) {
			table.setNull(row, slot);
			return;
		}
		switch (field.type().storage()) {
			case TEXT -> table.setObject(row, slot, value);
			case BOOLEAN -> table.setLong(row, slot, Boolean.TRUE.equals(value) ? 1 : 0);
			case DECIMAL -> table.setLong(row, slot, (value instanceof BigDecimal decimal)
					? decimal.setScale(field.scale(), RoundingMode.HALF_UP).unscaledValue().longValueExact()
					: BigDecimal.valueOf(((Number) value).longValue()).setScale(field.scale()).unscaledValue()
						.longValueExact());
			case DATE -> table.setLong(row, slot, ((LocalDate) value).toEpochDay());
			case DATETIME -> table.setLong(row, slot, ((Instant) value).toEpochMilli());
			case REFERENCE -> {
				RecordRef target = find((String) value);
				if (target == null) {
					throw new IllegalStateException("Unresolved reference " + value);
				}
				table.setLong(row, slot, encodeReference(table(target.object()), target.row()));
			}
			case ID -> throw new IllegalStateException("Id is not stored");
		}
	}

	static long encodeReference(Table table, int row) {
		return ((long) table.index << 40) | row;
	}

	private String decodeReference(long reference) {
		return this.tables.get((int) (reference >>> 40)).id((int) (reference & 0xFF_FFFF_FFFFL));
	}

	Table table(@Nullable ObjectDef object) {
		if (object == null) {
			throw new IllegalArgumentException("Unknown object");
		}
		Table table = this.tablesByObject.get(object);
		if (table == null) {
			throw new IllegalArgumentException("Unknown object " + object.name());
		}
		return table;
	}

	Table table(String name) {
		return table(this.schema.get(name));
	}

}
