package io.financialforce.emulator.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.financialforce.emulator.query.ChildRelationshipInfo;
import io.financialforce.emulator.query.FieldInfo;
import io.financialforce.emulator.query.ObjectInfo;
import io.financialforce.emulator.query.QueryDataSource;
import io.financialforce.emulator.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * The store as the SOQL evaluator reads it. Child lookups use an index per child reference field, built on first use
 * and rebuilt after writes. Call inside {@link OrgStore#read}.
 */
public final class OrgQueryDataSource implements QueryDataSource {

	private final OrgStore store;

	private final Map<String, ChildIndex> childIndexes = new HashMap<>();

	/** Query metadata per object definition; a redefined object is a new definition, so identity is the key. */
	private final Map<ObjectDef, ObjectInfo> infos = Collections.synchronizedMap(new IdentityHashMap<>());

	/**
	 * A data source over a store.
	 * @param store the store
	 */
	public OrgQueryDataSource(OrgStore store) {
		this.store = store;
	}

	@Override
	public Optional<ObjectInfo> object(String name) {
		ObjectDef object = this.store.schema().get(name);
		return Optional.ofNullable((object != null) ? info(object) : null);
	}

	private ObjectInfo info(ObjectDef object) {
		return this.infos.computeIfAbsent(object, OrgQueryDataSource::describe);
	}

	private static ObjectInfo describe(ObjectDef object) {
		List<FieldInfo> fields = new ArrayList<>();
		for (FieldDef field : object.fields()) {
			fields.add(new FieldInfo(field.name(), io.financialforce.emulator.query.FieldType.valueOf(field.type().name()),
					field.filterable(), field.sortable(), field.groupable(), field.aggregatable(),
					(field.referenceTo() != null) ? List.of(field.referenceTo()) : List.of(), field.relationshipName(),
					field.scale()));
		}
		List<ChildRelationshipInfo> children = new ArrayList<>();
		for (ObjectDef.ChildRelationship relationship : object.childRelationships()) {
			if (relationship.relationshipName() != null) {
				children.add(new ChildRelationshipInfo(relationship.relationshipName(), relationship.childSObject(),
						relationship.field()));
			}
		}
		return new ObjectInfo(object.name(), fields, children);
	}

	@Override
	public Stream<Row> rows(ObjectInfo object, boolean includeDeleted) {
		ObjectDef def = definition(object);
		Table table = this.store.table(def);
		return IntStream.range(0, table.size)
			.filter((row) -> includeDeleted || !table.isDeleted(row))
			.mapToObj((row) -> new StoreRow(this.store, table, row));
	}

	@Override
	public Optional<ObjectRow> row(String id) {
		RecordRef record = SalesforceIds.isIdShaped(id) ? this.store.find(id) : null;
		if (record == null) {
			return Optional.empty();
		}
		return Optional.of(new ObjectRow(info(record.object()), new StoreRow(this.store, this.store.table(record.object()), record.row())));
	}

	@Override
	public Stream<Row> children(ObjectInfo child, FieldInfo field, String parentId, boolean includeDeleted) {
		ObjectDef def = definition(child);
		FieldDef reference = def.field(field.name());
		if (reference == null) {
			return Stream.empty();
		}
		ChildIndex index;
		synchronized (this.childIndexes) {
			String key = def.name() + "." + reference.name();
			index = this.childIndexes.get(key);
			if (index == null || index.version != this.store.version()) {
				index = buildIndex(def, reference);
				this.childIndexes.put(key, index);
			}
		}
		int[] rows = index.rows.get(parentId);
		if (rows == null) {
			return Stream.empty();
		}
		Table table = this.store.table(def);
		return Arrays.stream(rows)
			.filter((row) -> includeDeleted || !table.isDeleted(row))
			.mapToObj((row) -> new StoreRow(this.store, table, row));
	}

	private ChildIndex buildIndex(ObjectDef def, FieldDef reference) {
		Table table = this.store.table(def);
		Map<String, int[]> rows = new HashMap<>();
		for (int row = 0; row < table.size; row++) {
			Object parent = this.store.value(table, row, reference);
			if (parent != null) {
				int[] existing = rows.get(parent);
				int[] grown = (existing == null) ? new int[1] : Arrays.copyOf(existing, existing.length + 1);
				grown[grown.length - 1] = row;
				rows.put((String) parent, grown);
			}
		}
		return new ChildIndex(this.store.version(), rows);
	}

	private ObjectDef definition(ObjectInfo object) {
		ObjectDef def = this.store.schema().get(object.name());
		if (def == null) {
			throw new IllegalArgumentException("Unknown object " + object.name());
		}
		return def;
	}

	private record ChildIndex(long version, Map<String, int[]> rows) {
	}

	private record StoreRow(OrgStore store, Table table, int row) implements Row {

		@Override
		public String id() {
			return this.table.id(this.row);
		}

		@Override
		public @Nullable Object value(FieldInfo field) {
			FieldDef def = this.table.def.field(field.name());
			return (def != null) ? this.store.value(this.table, this.row, def) : null;
		}

		@Override
		public boolean deleted() {
			return this.table.isDeleted(this.row);
		}

	}

}
