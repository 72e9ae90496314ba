package io.financialforce.emulator.org;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the store derives from rows and keeps consistent on every write: the indexes of unique and external id fields
 * (values case-insensitive), the rows referencing each record (for deletes) and the roll-up summaries of parents. A row {@link #detach detaches} before it changes and
 * {@link #attach attaches} after; deleted rows contribute nothing.
 */
final class RowMaintenance {

	private static final int[] NONE = new int[0];

	private final OrgStore store;

	private final Map<Table, List<Index>> indexes = new HashMap<>();

	private final Map<String, List<Link>> linksByChild = new HashMap<>();

	private final Map<Table, List<Link>> linksByTable = new java.util.IdentityHashMap<>();

	private final Map<Table, Map<Integer, ReferrerIndex>> referrers = new java.util.IdentityHashMap<>();

	RowMaintenance(OrgStore store) {
		this.store = store;
	}

	void register(Table table) {
		List<Index> tableIndexes = new ArrayList<>();
		for (FieldDef field : table.def.fields()) {
			if ((field.unique() || field.externalId()) && table.def.slot(field) >= 0) {
				tableIndexes.add(new Index(field, new HashMap<>()));
			}
			if (field.rollup() != null) {
				FieldDef.Rollup rollup = field.rollup();
				this.linksByTable.clear();
				this.linksByChild.computeIfAbsent(rollup.childObject().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
					.add(new Link(table, field, rollup.childField(), rollup.summedField()));
			}
		}
		this.indexes.put(table, tableIndexes);
	}

	int[] lookup(Table table, FieldDef field, String value) {
		for (Index index : this.indexes.getOrDefault(table, List.of())) {
			if (index.field.equals(field)) {
				Object rows = index.entries.get(key(value));
				return (rows == null) ? NONE : (rows instanceof Integer row) ? new int[] { row } : (int[]) rows;
			}
		}
		List<Integer> matches = new ArrayList<>();
		for (int row = 0; row < table.size; row++) {
			Object candidate = this.store.value(table, row, field);
			if (!table.isDeleted(row) && candidate != null && key(candidate).equals(key(value))) {
				matches.add(row);
			}
		}
		return matches.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The live rows of a table whose reference field points at a record; the index of that field is built on first
	 * use and kept up to date by every later write.
	 * @param table the referring table
	 * @param slot the slot of its reference field
	 * @param target the encoded reference of the record
	 * @return the rows in ascending order
	 */
	int[] referrers(Table table, int slot, long target) {
		return this.referrers.computeIfAbsent(table, (key) -> new HashMap<>())
			.computeIfAbsent(slot, (key) -> new ReferrerIndex(table, slot))
			.rows(target);
	}

	void checkUnique(Table table, int self, Map<FieldDef, @Nullable Object> values) {
		for (Index index : this.indexes.getOrDefault(table, List.of())) {
			Object value = values.get(index.field);
			if (!index.field.unique() || value == null) {
				continue;
			}
			for (int row : lookup(table, index.field, value.toString())) {
				if (row != self) {
					throw ApiException.badRequest("DUPLICATE_VALUE", "duplicate value found: " + index.field.name()
							+ " duplicates value on record with id: " + table.id(row));
				}
			}
		}
	}

	void attach(Table table, int row) {
		change(table, row, 1);
	}

	void detach(Table table, int row) {
		change(table, row, -1);
	}

	private void change(Table table, int row, int sign) {
		if (table.isDeleted(row)) {
			return;
		}
		Map<Integer, ReferrerIndex> tableReferrers = this.referrers.get(table);
		if (tableReferrers != null) {
			for (ReferrerIndex referrers : tableReferrers.values()) {
				if (sign > 0) {
					referrers.add(row);
				}
				else {
					referrers.remove(row);
				}
			}
		}
		for (Index index : this.indexes.getOrDefault(table, List.of())) {
			Object value = this.store.value(table, row, index.field);
			if (value != null) {
				if (sign > 0) {
					index.add(key(value), row);
				}
				else {
					index.remove(key(value), row);
				}
			}
		}
		List<Link> links = this.linksByTable.get(table);
		if (links == null) {
			links = this.linksByChild.getOrDefault(table.def.name().toLowerCase(Locale.ROOT), List.of());
			this.linksByTable.put(table, links);
		}
		for (Link link : links) {
			FieldDef parentField = table.def.field(link.childField);
			FieldDef summed = table.def.field(link.summedField);
			Object parentId = (parentField != null) ? this.store.value(table, row, parentField) : null;
			Object amount = (summed != null) ? this.store.value(table, row, summed) : null;
			if (parentId == null || !(amount instanceof BigDecimal decimal)) {
				continue;
			}
			int parentRow = link.parent.row((String) parentId);
			int slot = link.parent.def.slot(link.parentField);
			long delta = decimal.setScale(link.parentField.scale(), RoundingMode.HALF_UP).unscaledValue().longValueExact();
			detach(link.parent, parentRow);
			long current = link.parent.isNull(parentRow, slot) ? 0 : link.parent.getLong(parentRow, slot);
			link.parent.setLong(parentRow, slot, current + sign * delta);
			attach(link.parent, parentRow);
		}
	}

	private static String key(Object value) {
		return value.toString().toLowerCase(Locale.ROOT);
	}

	private record Index(FieldDef field, Map<String, Object> entries) {

		void add(String key, int row) {
			Object rows = this.entries.get(key);
			if (rows == null) {
				this.entries.put(key, row);
			}
			else if (rows instanceof Integer single) {
				this.entries.put(key, new int[] { single, row });
			}
			else {
				int[] many = (int[]) rows;
				int[] grown = Arrays.copyOf(many, many.length + 1);
				grown[many.length] = row;
				this.entries.put(key, grown);
			}
		}

		void remove(String key, int row) {
			Object rows = this.entries.get(key);
			if (rows instanceof Integer single) {
				if (single == row) {
					this.entries.remove(key);
				}
			}
			else if (rows instanceof int[] many) {
				int[] kept = Arrays.stream(many).filter((r) -> r != row).toArray();
				this.entries.put(key, (kept.length == 1) ? (Object) kept[0] : kept);
			}
		}

	}

	private record Link(Table parent, FieldDef parentField, String childField, String summedField) {
	}

}
