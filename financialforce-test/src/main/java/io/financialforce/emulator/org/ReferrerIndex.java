package io.financialforce.emulator.org;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The live rows of one table whose reference field points at each record, so that deleting a record finds the rows
 * that reference it in time proportional to their number. Rows with the same target form a doubly linked list kept
 * in two int arrays (no object per row); the first row of each list is kept by target.
 */
final class ReferrerIndex {

	private static final int NONE = -1;

	private static final int[] EMPTY = new int[0];

	private final Table table;

	private final int slot;

	private final Map<Long, Integer> heads = new HashMap<>();

	private int[] next = EMPTY;

	private int[] previous = EMPTY;

	/**
	 * An index of a table's reference slot, filled with the table's live rows.
	 * @param table the referring table
	 * @param slot the slot of its reference field
	 */
	ReferrerIndex(Table table, int slot) {
		this.table = table;
		this.slot = slot;
		for (int row = 0; row < table.size; row++) {
			add(row);
		}
	}

	/**
	 * Adds a row under the target it holds now, if it is live and holds one.
	 * @param row the row
	 */
	void add(int row) {
		if (this.table.isDeleted(row) || this.table.isNull(row, this.slot)) {
			return;
		}
		ensureCapacity(row);
		Long target = this.table.getLong(row, this.slot);
		Integer head = this.heads.put(target, row);
		this.previous[row] = NONE;
		this.next[row] = (head != null) ? head : NONE;
		if (head != null) {
			this.previous[head] = row;
		}
	}

	/**
	 * Removes a row from under the target it holds now (call before the row changes), if it was added.
	 * @param row the row
	 */
	void remove(int row) {
		if (this.table.isDeleted(row) || this.table.isNull(row, this.slot) || row >= this.next.length) {
			return;
		}
		Long target = this.table.getLong(row, this.slot);
		int before = this.previous[row];
		int after = this.next[row];
		if (before != NONE) {
			this.next[before] = after;
		}
		else if (this.heads.getOrDefault(target, NONE) == row) {
			if (after != NONE) {
				this.heads.put(target, after);
			}
			else {
				this.heads.remove(target);
			}
		}
		else {
			return;
		}
		if (after != NONE) {
			this.previous[after] = before;
		}
		this.previous[row] = NONE;
		this.next[row] = NONE;
	}

	/**
	 * The live rows that reference a target.
	 * @param target an encoded reference
	 * @return the rows in ascending order
	 */
	int[] rows(long target) {
		Integer head = this.heads.get(target);
		if (head == null) {
			return EMPTY;
		}
		int count = 0;
		int[] rows = new int[8];
		for (int row = head; row != NONE; row = this.next[row]) {
			if (count == rows.length) {
				rows = Arrays.copyOf(rows, count * 2);
			}
			rows[count++] = row;
		}
		rows = Arrays.copyOf(rows, count);
		Arrays.sort(rows);
		return rows;
	}

	private void ensureCapacity(int row) {
		if (row >= this.next.length) {
			int capacity = Math.max(Math.max(16, row + 1), this.next.length + (this.next.length >> 1));
			int from = this.next.length;
			this.next = Arrays.copyOf(this.next, capacity);
			this.previous = Arrays.copyOf(this.previous, capacity);
			Arrays.fill(this.next, from, capacity, NONE);
			Arrays.fill(this.previous, from, capacity, NONE);
		}
	}

}
