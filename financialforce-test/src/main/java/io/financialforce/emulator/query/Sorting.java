package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.financialforce.soql.OrderItem;
import org.jspecify.annotations.Nullable;

/**
 * {@code ORDER BY}: several keys, each ascending (nulls first by default) or descending (nulls last by default);
 * text without case. The sort is stable, so ties keep the source order. Keys are read once per item; when only the
 * first few items are wanted (LIMIT), a bounded heap keeps them without sorting everything.
 *
 * @param <T> what is sorted: rows or groups
 */
final class Sorting<T> {

	/**
	 * One sort key.
	 */
	record Key<T>(Term<T> term, boolean descending, boolean nullsFirst) {

		static <T> Key<T> of(Term<T> term, OrderItem item) {
			boolean descending = item.direction() == OrderItem.Direction.DESC;
			boolean nullsFirst = (item.nulls() != null) ? item.nulls() == OrderItem.Nulls.FIRST : !descending;
			return new Key<>(term, descending, nullsFirst);
		}

	}

	private final List<Key<T>> keys;

	Sorting(List<Key<T>> keys) {
		this.keys = List.copyOf(keys);
	}

	/**
	 * The items in order, only the first {@code wanted} of them when not {@code null}.
	 */
	/**
	 * Whether there is no {@code ORDER BY}: items keep their order.
	 */
	boolean isEmpty() {
		return this.keys.isEmpty();
	}

	List<T> sort(List<T> items, @Nullable Integer wanted) {
		if (this.keys.isEmpty()) {
			return items;
		}
		Comparator<Keyed<T>> order = comparator();
		if (wanted != null && wanted < items.size() / 4) {
			return top(items, wanted, order);
		}
		@SuppressWarnings("unchecked")
		Keyed<T>[] keyed = new Keyed[items.size()];
		for (int i = 0; i < keyed.length; i++) {
			keyed[i] = keyed(items.get(i), i);
		}
		Arrays.sort(keyed, order);
		List<T> sorted = new ArrayList<>(keyed.length);
		for (Keyed<T> item : keyed) {
			sorted.add(item.item());
		}
		return sorted;
	}

	private List<T> top(List<T> items, int wanted, Comparator<Keyed<T>> order) {
		if (wanted == 0) {
			return List.of();
		}
		Comparator<Keyed<T>> stable = order.thenComparingInt(Keyed::index);
		PriorityQueue<Keyed<T>> heap = new PriorityQueue<>(wanted + 1, stable.reversed());
		for (int i = 0; i < items.size(); i++) {
			Keyed<T> item = keyed(items.get(i), i);
			if (heap.size() < wanted) {
				heap.add(item);
			}
			else if (stable.compare(item, heap.peek()) < 0) {
				heap.poll();
				heap.add(item);
			}
		}
		List<Keyed<T>> kept = new ArrayList<>(heap);
		kept.sort(stable);
		return kept.stream().map(Keyed::item).toList();
	}

	private Keyed<T> keyed(T item, int index) {
		Object[] values = new Object[this.keys.size()];
		for (int k = 0; k < values.length; k++) {
			values[k] = Values.effective(this.keys.get(k).term().read(item));
		}
		return new Keyed<>(item, index, values);
	}

	private Comparator<Keyed<T>> comparator() {
		return (left, right) -> {
			for (int k = 0; k < this.keys.size(); k++) {
				Key<T> key = this.keys.get(k);
				Object a = left.values()[k];
				Object b = right.values()[k];
				int order;
				if (a == null || b == null) {
					order = (a == b) ? 0 : ((a == null) == key.nullsFirst()) ? -1 : 1;
				}
				else {
					order = Values.compare(a, b);
					if (key.descending()) {
						order = -order;
					}
				}
				if (order != 0) {
					return order;
				}
			}
			return 0;
		};
	}

	private record Keyed<T>(T item, int index, @Nullable Object[] values) {

	}

}
