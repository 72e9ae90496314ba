package io.financialforce.emulator.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An in-memory org for evaluator tests: a few objects (User, Account, Contact, Task with a polymorphic
 * {@code What}, a FinancialForce sales invoice and its lines) and hand-made rows. Tests compute expected answers
 * from {@link #records(String)} with plain streams.
 */
final class TestOrg implements QueryDataSource {

	private final Map<String, ObjectInfo> objects = new LinkedHashMap<>();

	private final Map<String, String> prefixes = new HashMap<>();

	private final Map<String, List<TestRow>> rows = new HashMap<>();

	private final Map<String, TestRow> byId = new HashMap<>();

	int childrenCalls;

	int rowsCalls;

	int rowCalls;

	static FieldInfo field(String name, FieldType type) {
		boolean longText = type == FieldType.TEXTAREA;
		boolean multi = type == FieldType.MULTIPICKLIST;
		return new FieldInfo(name, type, !longText, !longText && !multi, !longText && !multi
				&& type != FieldType.DOUBLE && type != FieldType.CURRENCY && type != FieldType.DATETIME,
				!longText && !multi, List.of(), null, (type == FieldType.CURRENCY) ? 2 : 0);
	}

	static FieldInfo reference(String name, String relationship, String... targets) {
		return new FieldInfo(name, FieldType.REFERENCE, true, true, true, true, List.of(targets), relationship, 0);
	}

	static FieldInfo picklist(String name, Map<String, String> labels) {
		return new FieldInfo(name, FieldType.PICKLIST, true, true, true, true, List.of(), null, 0, labels);
	}

	void object(String name, String prefix, List<FieldInfo> fields, List<ChildRelationshipInfo> children) {
		List<FieldInfo> all = new ArrayList<>();
		all.add(new FieldInfo("Id", FieldType.ID, true, true, true, true, List.of(), null, 0));
		all.addAll(fields);
		this.objects.put(name.toLowerCase(Locale.ROOT), new ObjectInfo(name, all, children));
		this.prefixes.put(name, prefix);
		this.rows.put(name, new ArrayList<>());
	}

	/** Adds a row with field values given as name, value pairs; returns its id. */
	String insert(String object, Object... namesAndValues) {
		List<TestRow> table = this.rows.get(object);
		String id = this.prefixes.get(object) + String.format("%012d", this.byId.size() + 1) + "AAA";
		Map<String, Object> values = new HashMap<>();
		values.put("Id", id);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		TestRow row = new TestRow(id, object, values, false);
		table.add(row);
		this.byId.put(id, row);
		return id;
	}

	void delete(String id) {
		TestRow row = this.byId.get(id);
		row.deleted = true;
	}

	/** The raw rows of an object, deleted or not, for computing expected answers. */
	List<TestRow> records(String object) {
		return this.rows.get(object);
	}

	@Nullable TestRow byId(@Nullable Object id) {
		return (id != null) ? this.byId.get(id) : null;
	}

	@Override
	public Optional<ObjectInfo> object(String name) {
		return Optional.ofNullable(this.objects.get(name.toLowerCase(Locale.ROOT)));
	}

	@Override
	public Stream<Row> rows(ObjectInfo object, boolean includeDeleted) {
		this.rowsCalls++;
		return this.rows.get(object.name()).stream().filter((row) -> includeDeleted || !row.deleted).map(Row.class::cast);
	}

	@Override
	public Optional<ObjectRow> row(String id) {
		this.rowCalls++;
		TestRow row = this.byId.get(id);
		return (row != null) ? Optional.of(new ObjectRow(object(row.object).orElseThrow(), row)) : Optional.empty();
	}

	@Override
	public Stream<Row> children(ObjectInfo child, FieldInfo field, String parentId, boolean includeDeleted) {
		this.childrenCalls++;
		return this.rows.get(child.name()).stream().filter((row) -> includeDeleted || !row.deleted)
			.filter((row) -> parentId.equals(row.values.get(field.name()))).map(Row.class::cast);
	}

	/** A stored row. */
	static final class TestRow implements Row {

		final String id;

		final String object;

		final Map<String, Object> values;

		boolean deleted;

		TestRow(String id, String object, Map<String, Object> values, boolean deleted) {
			this.id = id;
			this.object = object;
			this.values = values;
			this.deleted = deleted;
		}

		@Override
		public String id() {
			return this.id;
		}

		@Override
		public @Nullable Object value(FieldInfo field) {
			return this.values.get(field.name());
		}

		@Nullable Object get(String name) {
			return this.values.get(name);
		}

		@Override
		public boolean deleted() {
			return this.deleted;
		}

	}

	static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	static Instant instant(String text) {
		return Instant.parse(text);
	}

}
