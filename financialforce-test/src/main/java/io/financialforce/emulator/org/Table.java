package io.financialforce.emulator.org;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The records of one object, column by column: text in object arrays, everything else (numbers as unscaled longs,
 * dates as epoch days, date-times as epoch milliseconds, booleans, encoded references) in long arrays with a null
 * mask. A record's row is its sequence number minus one; deleted rows stay (the recycle bin).
 */
final class Table {

	final ObjectDef def;

	final int index;

	int size;

	long autoNumber;

	private final Object[] columns;

	private final boolean[] longSlots;

	private final BitSet[] present;

	private final BitSet deleted = new BitSet();

	private final Map<Integer, String> explicitIds = new HashMap<>();

	private final Map<String, Integer> rowsByExplicitId = new HashMap<>();

	private int capacity = 16;

	private final String autoNumberPrefix;

	private final int autoNumberWidth;

	private final String autoNumberSuffix;

	Table(ObjectDef def, int index) {
		this.def = def;
		this.index = index;
		this.columns = new Object[def.slotCount()];
		this.longSlots = new boolean[def.slotCount()];
		this.present = new BitSet[def.slotCount()];
		String format = (def.autoNumberFormat() != null) ? def.autoNumberFormat() : "";
		int open = format.indexOf('{');
		int close = format.indexOf('}');
		boolean braces = open >= 0 && close > open;
		this.autoNumberPrefix = braces ? format.substring(0, open) : format;
		this.autoNumberWidth = braces ? close - open - 1 : 0;
		this.autoNumberSuffix = braces ? format.substring(close + 1) : "";
		for (FieldDef field : def.fields()) {
			int slot = def.slot(field);
			if (slot >= 0) {
				this.longSlots[slot] = field.type().storage() != FieldType.Storage.TEXT || field.autoNumber();
				this.present[slot] = new BitSet();
			}
		}
	}

	/**
	 * An auto number in the object's display format, e.g. {@code SIN000042} for {@code SIN{000000}}.
	 * @param number the number
	 * @return the text
	 */
	String autoNumber(long number) {
		String digits = Long.toString(number);
		int padding = this.autoNumberWidth - digits.length();
		StringBuilder text = new StringBuilder(this.autoNumberPrefix.length() + Math.max(padding, 0) + digits.length()
				+ this.autoNumberSuffix.length()).append(this.autoNumberPrefix);
		for (int i = 0; i < padding; i++) {
			text.append('0');
		}
		return text.append(digits).append(this.autoNumberSuffix).toString();
	}

	int addRow() {
		int row = this.size++;
		if (row >= this.capacity) {
			this.capacity = Math.max(16, this.capacity + (this.capacity >> 1));
			for (int slot = 0; slot < this.columns.length; slot++) {
				Object column = this.columns[slot];
				if (column instanceof Object[] objects) {
					this.columns[slot] = Arrays.copyOf(objects, this.capacity);
				}
				else if (column instanceof long[] longs) {
					this.columns[slot] = Arrays.copyOf(longs, this.capacity);
				}
			}
		}
		return row;
	}

	void removeLastRow() {
		int row = --this.size;
		for (int slot = 0; slot < this.columns.length; slot++) {
			if (this.columns[slot] instanceof Object[] objects) {
				objects[row] = null;
			}
			this.present[slot].clear(row);
		}
		this.deleted.clear(row);
		String explicit = this.explicitIds.remove(row);
		if (explicit != null) {
			this.rowsByExplicitId.remove(explicit);
		}
	}

	boolean isNull(int row, int slot) {
		return !this.present[slot].get(row);
	}

	long getLong(int row, int slot) {
		return ((long[]) this.columns[slot])[row];
	}

	@Nullable Object getObject(int row, int slot) {
		return ((Object[]) this.columns[slot])[row];
	}

	void setLong(int row, int slot, long value) {
		long[] column = (long[]) this.columns[slot];
		if (column == null) {
			column = new long[this.capacity];
			this.columns[slot] = column;
		}
		column[row] = value;
		this.present[slot].set(row);
	}

	void setObject(int row, int slot, @Nullable Object value) {
		if (value == null) {
			setNull(row, slot);
			return;
		}
		Object[] column = (Object[]) this.columns[slot];
		if (column == null) {
			column = new Object[this.capacity];
			this.columns[slot] = column;
		}
		column[row] = value;
		this.present[slot].set(row);
	}

	void setNull(int row, int slot) {
		if (this.columns[slot] instanceof Object[] objects) {
			objects[row] = null;
		}
		this.present[slot].clear(row);
	}

	boolean isLongSlot(int slot) {
		return this.longSlots[slot];
	}

	boolean isDeleted(int row) {
		return this.deleted.get(row);
	}

	void setDeleted(int row, boolean value) {
		this.deleted.set(row, value);
	}

	String id(int row) {
		String explicit = this.explicitIds.isEmpty() ? null : this.explicitIds.get(row);
		return (explicit != null) ? explicit : SalesforceIds.id(this.def.keyPrefix(), row + 1L);
	}

	void assignExplicitId(int row, String id) {
		this.explicitIds.put(row, id);
		this.rowsByExplicitId.put(id.substring(0, 15), row);
	}

	/**
	 * The row of an id of this object.
	 * @param id 15 or 18 characters
	 * @return the row, or -1 if there is none
	 */
	int row(String id) {
		if (!id.startsWith(this.def.keyPrefix())) {
			return -1;
		}
		if (id.length() >= 15 && !this.rowsByExplicitId.isEmpty()) {
			Integer row = this.rowsByExplicitId.get(id.substring(0, 15));
			if (row != null) {
				return row;
			}
		}
		long sequence = SalesforceIds.sequence(id);
		return (sequence >= 1 && sequence <= this.size && !this.explicitIds.containsKey((int) (sequence - 1)))
				? (int) (sequence - 1) : -1;
	}

}
