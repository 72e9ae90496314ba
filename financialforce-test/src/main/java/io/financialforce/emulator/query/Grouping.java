package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.financialforce.emulator.query.Aggregation.Group;
import io.financialforce.soql.GroupBy;
import org.jspecify.annotations.Nullable;

/**
 * Splits rows into groups by their key values (text without case, {@code ''} as null), in order of first
 * appearance. {@code ROLLUP} adds a subtotal after the groups of each key prefix and a grand total last;
 * {@code CUBE} adds the subtotals of every subset of keys, larger subsets first, and a grand total last. Without
 * {@code GROUP BY}, all rows form one group, even when there are none.
 */
final class Grouping {

	private static final Object NO_VALUE = new Object();

	private final List<Term<Row>> keys;

	private final GroupBy.Type type;

	Grouping(List<Term<Row>> keys, GroupBy.Type type) {
		this.keys = keys;
		this.type = type;
	}

	List<Group> groups(List<Row> rows) {
		int n = this.keys.size();
		if (n == 0) {
			Group all = new Group(new Object[0], new boolean[0], List.of());
			all.rows.addAll(rows);
			return List.of(all);
		}
		List<boolean[]> sets = groupingSets(n);
		// rows are first grouped by their exact values (cheap: stored strings cache their hash), then groups whose
		// values are equal for SOQL (text without case) are merged
		List<Map<Object, Group>> exact = new ArrayList<>();
		sets.forEach((set) -> exact.add(new LinkedHashMap<>()));
		for (Row row : rows) {
			@Nullable Object[] values = new Object[n];
			for (int k = 0; k < n; k++) {
				values[k] = Values.effective(this.keys.get(k).read(row));
			}
			for (int s = 0; s < sets.size(); s++) {
				boolean[] included = sets.get(s);
				Object key = exactKey(values, included);
				Group group = exact.get(s).get(key);
				if (group == null) {
					group = newGroup(values, included);
					exact.get(s).put(key, group);
				}
				group.rows.add(row);
			}
		}
		List<Map<List<@Nullable Object>, Group>> bySet = new ArrayList<>();
		for (Map<Object, Group> groups : exact) {
			Map<List<@Nullable Object>, Group> merged = new LinkedHashMap<>();
			for (Group group : groups.values()) {
				Group first = merged.putIfAbsent(group.key, group);
				if (first != null) {
					first.rows.addAll(group.rows);
				}
			}
			bySet.add(merged);
		}
		if (this.type == GroupBy.Type.ROLLUP) {
			int levels = n;
			List<Map<List<@Nullable Object>, List<Group>>> children = new ArrayList<>();
			for (int length = 1; length <= levels; length++) {
				int prefix = length - 1;
				Map<List<@Nullable Object>, List<Group>> byPrefix = new LinkedHashMap<>();
				for (Group group : bySet.get(levels - length).values()) {
					byPrefix.computeIfAbsent(group.key.subList(0, prefix), (p) -> new ArrayList<>()).add(group);
				}
				children.add(byPrefix);
			}
			List<Group> ordered = new ArrayList<>();
			rollup(bySet, children, 0, List.of(), ordered);
			return ordered;
		}
		List<Group> ordered = new ArrayList<>();
		bySet.forEach((groups) -> ordered.addAll(groups.values()));
		return ordered;
	}

	private static Object exactKey(@Nullable Object[] values, boolean[] included) {
		if (values.length == 1) {
			return (included[0] && values[0] != null) ? values[0] : NO_VALUE;
		}
		@Nullable Object[] key = new Object[values.length];
		for (int k = 0; k < values.length; k++) {
			key[k] = included[k] ? values[k] : null;
		}
		return Arrays.asList(key);
	}

	private Group newGroup(@Nullable Object[] values, boolean[] included) {
		int n = values.length;
		@Nullable Object[] shown = new Object[n];
		boolean[] rolledUp = new boolean[n];
		List<@Nullable Object> key = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			shown[k] = included[k] ? values[k] : null;
			rolledUp[k] = !included[k];
			key.add(included[k] ? Values.key(values[k], this.keys.get(k).type()) : null);
		}
		return new Group(shown, rolledUp, key);
	}

	/** Sets of included keys: all keys first, the empty set (grand total) last. */
	private List<boolean[]> groupingSets(int n) {
		List<boolean[]> sets = new ArrayList<>();
		switch (this.type) {
			case PLAIN -> sets.add(mask(n, n));
			case ROLLUP -> {
				for (int length = n; length >= 0; length--) {
					sets.add(mask(n, length));
				}
			}
			case CUBE -> {
				for (int bits = (1 << n) - 1; bits >= 0; bits--) {
					boolean[] set = new boolean[n];
					for (int k = 0; k < n; k++) {
						set[k] = (bits & (1 << (n - 1 - k))) != 0;
					}
					sets.add(set);
				}
				sets.sort(Comparator.comparingInt((boolean[] set) -> -count(set)));
			}
		}
		return sets;
	}

	private static boolean[] mask(int n, int prefix) {
		boolean[] set = new boolean[n];
		Arrays.fill(set, 0, prefix, true);
		return set;
	}

	private static int count(boolean[] set) {
		int count = 0;
		for (boolean included : set) {
			count += included ? 1 : 0;
		}
		return count;
	}

	/** Emits the groups under a key prefix of the given length, each subtotal after its groups. */
	private void rollup(List<Map<List<@Nullable Object>, Group>> bySet,
			List<Map<List<@Nullable Object>, List<Group>>> children, int length, List<@Nullable Object> prefix,
			List<Group> ordered) {
		int n = this.keys.size();
		if (length < n) {
			for (Group child : children.get(length).getOrDefault(prefix, List.of())) {
				rollup(bySet, children, length + 1, child.key.subList(0, length + 1), ordered);
			}
		}
		List<@Nullable Object> key = new ArrayList<>(prefix);
		while (key.size() < n) {
			key.add(null);
		}
		Group group = bySet.get(n - length).get(key);
		if (group != null) {
			ordered.add(group);
		}
	}

}
