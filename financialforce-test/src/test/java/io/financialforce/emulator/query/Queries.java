package io.financialforce.emulator.query;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.financialforce.emulator.query.TestOrg.TestRow;
import io.financialforce.soql.SoqlParser;

/**
 * Runs SOQL text against the {@link DemoOrg}, and computes expected answers from its raw rows.
 */
final class Queries {

	static final TestOrg ORG = DemoOrg.create();

	static final SoqlEvaluator EVALUATOR = new SoqlEvaluator(ORG, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");

	private Queries() {
	}

	static QueryResult run(String soql) {
		return EVALUATOR.evaluate(SoqlParser.parse(soql), false);
	}

	static List<Map<String, Object>> records(String soql) {
		QueryResult result = run(soql);
		List<Map<String, Object>> records = result.page(0, Integer.MAX_VALUE);
		return records;
	}

	/** The values of one key of the records, in order. */
	static List<Object> column(String soql, String key) {
		return records(soql).stream().map((record) -> record.get(key)).toList();
	}

	/** The live rows of an object that match, in insertion order. */
	static List<TestRow> expected(String object, Predicate<TestRow> filter) {
		return ORG.records(object).stream().filter((row) -> !row.deleted).filter(filter).toList();
	}

	/** The values of one field of the live rows that match, in insertion order. */
	static List<Object> expected(String object, Predicate<TestRow> filter, String field) {
		return expected(object, filter).stream().map((row) -> row.get(field)).toList();
	}

	static List<Object> ids(List<TestRow> rows) {
		return rows.stream().map((row) -> (Object) row.id).toList();
	}

	static boolean blank(Object value) {
		return value == null || (value instanceof String text && text.isEmpty());
	}

	static boolean equalsIgnoreCase(Object value, String text) {
		return value instanceof String string && string.equalsIgnoreCase(text);
	}

	static Object parentValue(TestRow row, String reference, String field) {
		TestRow parent = ORG.byId(row.get(reference));
		return (parent != null) ? parent.get(field) : null;
	}

}
