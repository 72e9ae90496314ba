package io.financialforce.emulator.query;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A planned query over the rows of one object (a top-level query or a child subquery): filter, sort, offset,
 * limit, then projection of the rows asked for.
 */
final class RowQuery {

	private final ObjectInfo object;

	private final @Nullable Predicate<Row> where;

	private final Sorting<Row> sorting;

	private final @Nullable Integer limit;

	private final int offset;

	private final Projection projection;

	RowQuery(ObjectInfo object, @Nullable Predicate<Row> where, Sorting<Row> sorting, @Nullable Integer limit,
			@Nullable Integer offset, Projection projection) {
		this.object = object;
		this.where = where;
		this.sorting = sorting;
		this.limit = limit;
		this.offset = (offset != null) ? offset : 0;
		this.projection = projection;
	}

	/**
	 * The rows of the result, in order, without projecting them.
	 */
	List<Row> rows(Stream<Row> source) {
		Stream<Row> filtered = (this.where != null) ? source.filter(this.where) : source;
		Integer wanted = (this.limit != null) ? this.offset + this.limit : null;
		if (wanted != null && this.sorting.isEmpty()) {
			// rows come in the source's order: the ones past the limit are never needed
			filtered = filtered.limit(wanted);
		}
		List<Row> rows = filtered.toList();
		List<Row> sorted = this.sorting.sort(rows, wanted);
		int from = Math.min(this.offset, sorted.size());
		int to = (wanted != null) ? Math.min(wanted, sorted.size()) : sorted.size();
		return sorted.subList(from, Math.max(from, to));
	}

	Map<String, Object> record(Row row) {
		return this.projection.record(this.object, row);
	}

	/**
	 * A result whose records are projected page by page.
	 */
	QueryResult result(List<Row> rows) {
		return new QueryResult() {

			@Override
			public int totalSize() {
				return rows.size();
			}

			@Override
			public List<Map<String, Object>> page(int offset, int count) {
				int from = Math.max(0, Math.min(offset, rows.size()));
				int to = (int) Math.min((long) from + Math.max(0, count), rows.size());
				return rows.subList(from, to).stream().map(RowQuery.this::record).toList();
			}

		};
	}

	static QueryResult fixed(int totalSize, List<Map<String, Object>> records) {
		return new QueryResult() {

			@Override
			public int totalSize() {
				return totalSize;
			}

			@Override
			public List<Map<String, Object>> page(int offset, int count) {
				int from = Math.max(0, Math.min(offset, records.size()));
				int to = (int) Math.min((long) from + Math.max(0, count), records.size());
				return records.subList(from, to);
			}

		};
	}

}
