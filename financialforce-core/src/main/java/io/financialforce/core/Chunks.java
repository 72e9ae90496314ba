package io.financialforce.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits batches into API-sized calls.
 */
final class Chunks {

	private Chunks() {
	}

	/**
	 * Consecutive slices of at most {@code size} elements, in order.
	 */
	static <T> List<List<T>> of(List<T> items, int size) {
		List<List<T>> chunks = new ArrayList<>((items.size() + size - 1) / size);
		for (int from = 0; from < items.size(); from += size) {
			chunks.add(items.subList(from, Math.min(items.size(), from + size)));
		}
		return chunks;
	}

	/**
	 * The positions of the items grouped by the items' class, each group in the order given: an sObject
	 * Collections call takes records of one type.
	 */
	static List<List<Integer>> positionsByType(List<?> items) {
		Map<Class<?>, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Object item = items.get(i);
			if (item == null) {
				throw new IllegalArgumentException("A batch must not hold null entities (position " + i + ")");
			}
			groups.computeIfAbsent(item.getClass(), (type) -> new ArrayList<>()).add(i);
		}
		return List.copyOf(groups.values());
	}

}
