package io.financialforce.benchmarks;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The raw floor's pass over one query page: counts the records, sums their decimals (so that the parsing cannot be
 * skipped) and picks up {@code totalSize} and {@code nextRecordsUrl}, with no mapping and nothing kept. Shared by the
 * whole-workload baseline ({@link RawJackson}) and the JMH mapping benchmark.
 *
 * @param records the records of the page, negative if their decimals sum below zero
 * @param totalSize the query's {@code totalSize}
 * @param next the {@code nextRecordsUrl}, {@code null} on the last page
 */
public record PageScan(long records, long totalSize, @Nullable String next) {

	/**
	 * Reads a page to its end.
	 * @param parser a parser positioned before the page's first token
	 * @return what the page holds
	 */
	public static PageScan of(JsonParser parser) {
		long records = 0;
		long totalSize = 0;
		BigDecimal sum = BigDecimal.ZERO;
		String next = null;
		int depth = 0;
		for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
			if (token == JsonToken.START_OBJECT) {
				depth++;
				if (depth == 2) {
					records++;
				}
			}
			else if (token == JsonToken.END_OBJECT) {
				depth--;
			}
			else if (token == JsonToken.PROPERTY_NAME && depth == 1) {
				if ("nextRecordsUrl".equals(parser.currentName())) {
					next = parser.nextStringValue();
				}
				else if ("totalSize".equals(parser.currentName())) {
					parser.nextToken();
					totalSize = parser.getLongValue();
				}
			}
			else if (token == JsonToken.VALUE_NUMBER_FLOAT && depth == 2) {
				sum = sum.add(parser.getDecimalValue());
			}
		}
		return new PageScan((sum.signum() >= 0) ? records : -records, totalSize, next);
	}

}
