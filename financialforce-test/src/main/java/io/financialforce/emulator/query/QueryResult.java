package io.financialforce.emulator.query;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a query, projected one page at a time so that large results cost little memory.
 * <p>
 * Each record is JSON-ready, in the REST API's shape: a {@code LinkedHashMap} whose first entry is
 * {@code "attributes"} ({@code type} and {@code url}; {@code type} only, {@code "AggregateResult"}, for aggregate
 * rows), then the selected fields in select order, keyed by their canonical API name (or alias, or {@code exprN});
 * a parent path as a nested map with its own {@code attributes} (or {@code null}); a child subquery as a map
 * {@code totalSize}, {@code done}, {@code records} (or {@code null} when it has no rows). Values are {@code String},
 * {@code Boolean}, {@code Integer}, {@code BigDecimal}, {@code LocalDate}, {@code Instant}, {@code LocalTime},
 * nested maps or {@code null}; the HTTP layer writes them in the API's formats.
 */
public interface QueryResult {

	/**
	 * The number of rows the query matched ({@code totalSize}); for {@code SELECT COUNT()}, the count.
	 * @return the total size
	 */
	int totalSize();

	/**
	 * The records from {@code offset}, at most {@code count} of them.
	 * @param offset the first row, from 0
	 * @param count the most rows to return
	 * @return JSON-ready records
	 */
	List<Map<String, Object>> page(int offset, int count);

}
