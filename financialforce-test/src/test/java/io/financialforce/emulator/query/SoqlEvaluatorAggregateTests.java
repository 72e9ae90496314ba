package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.blank;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.records;
import static io.financialforce.emulator.query.Queries.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.financialforce.emulator.query.TestOrg.TestRow;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY (plain, ROLLUP, CUBE), aggregates, HAVING and COUNT(), against groupings computed with streams.
 */
class SoqlEvaluatorAggregateTests {

	private static final String INVOICE = DemoOrg.INVOICE;

	@Test
	void groupsWithEveryAggregate() {
		List<Map<String, Object>> records = records("SELECT Industry, COUNT(Id), SUM(AnnualRevenue), "
				+ "AVG(AnnualRevenue), MIN(Name), MAX(NumberOfEmployees), COUNT_DISTINCT(OwnerId), COUNT(OwnerId) "
				+ "FROM Account GROUP BY Industry");
		Map<Object, List<TestRow>> groups = groupBy(expected("Account", (row) -> true),
				(row) -> blank(row.get("Industry")) ? "" : row.get("Industry"));
		assertThat(records).hasSize(groups.size());
		int i = 0;
		for (Map.Entry<Object, List<TestRow>> group : groups.entrySet()) {
			List<TestRow> rows = group.getValue();
			List<BigDecimal> revenues = values(rows, "AnnualRevenue").stream().map(BigDecimal.class::cast).toList();
			BigDecimal sum = revenues.isEmpty() ? null : revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			Map<String, Object> expected = new LinkedHashMap<>();
			expected.put("attributes", Map.of("type", "AggregateResult"));
			expected.put("Industry", "".equals(group.getKey()) ? null : group.getKey());
			expected.put("expr0", rows.size());
			expected.put("expr1", sum);
			expected.put("expr2", (sum != null) ? sum.divide(BigDecimal.valueOf(revenues.size()),
					MathContext.DECIMAL64).stripTrailingZeros() : null);
			expected.put("expr3", values(rows, "Name").stream().map(String.class::cast)
				.min(String.CASE_INSENSITIVE_ORDER).orElse(null));
			expected.put("expr4", values(rows, "NumberOfEmployees").stream().map(Integer.class::cast)
				.max(Comparator.naturalOrder()).orElse(null));
			expected.put("expr5", (int) values(rows, "OwnerId").stream().distinct().count());
			expected.put("expr6", values(rows, "OwnerId").size());
			Map<String, Object> actual = records.get(i++);
			assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
			expected.forEach((key, value) -> {
				if (value instanceof BigDecimal decimal) {
					assertThat((BigDecimal) actual.get(key)).as(key).isEqualByComparingTo(decimal);
				}
				else {
					assertThat(actual.get(key)).as(key).isEqualTo(value);
				}
			});
		}
	}

	@Test
	void groupedParentFieldIsKeyedByBareNameAndAliasesName() {
		List<Map<String, Object>> records = records("SELECT c2g__Account__r.Name, SUM(c2g__InvoiceTotal__c) total "
				+ "FROM " + INVOICE + " GROUP BY c2g__Account__r.Name HAVING COUNT(Id) > 1 ORDER BY total DESC");
		Map<Object, List<TestRow>> groups = groupBy(expected(INVOICE, (row) -> true),
				(row) -> Objects.toString(Queries.parentValue(row, "c2g__Account__c", "Name"), ""));
		List<List<Object>> expected = groups.entrySet().stream().filter((group) -> group.getValue().size() > 1)
			.map((group) -> List.<Object>of(group.getKey(), values(group.getValue(), "c2g__InvoiceTotal__c").stream()
				.map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add)))
			.sorted(Comparator.comparing((List<Object> pair) -> (BigDecimal) pair.get(1)).reversed())
			.toList();
		assertThat(records).extracting((record) -> List.of(record.get("Name"), record.get("total")))
			.isEqualTo(expected);
		assertThat(records.get(0).keySet()).containsExactly("attributes", "Name", "total");
	}

	@Test
	void havingOrderAndLimitApplyToGroups() {
		List<Map<String, Object>> records = records("SELECT c2g__InvoiceStatus__c, COUNT(Id) n FROM " + INVOICE
				+ " GROUP BY c2g__InvoiceStatus__c HAVING COUNT(Id) >= 1 ORDER BY COUNT(Id) DESC, "
				+ "c2g__InvoiceStatus__c LIMIT 2 OFFSET 1");
		Map<Object, List<TestRow>> groups = groupBy(expected(INVOICE, (row) -> true),
				(row) -> row.get("c2g__InvoiceStatus__c"));
		List<Object> statuses = groups.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Object, List<TestRow>> group) -> -group.getValue().size())
				.thenComparing((group) -> (String) group.getKey()))
			.map(Map.Entry::getKey).skip(1).limit(2).toList();
		assertThat(records).extracting((record) -> record.get("c2g__InvoiceStatus__c")).isEqualTo(statuses);
		assertThat(run("SELECT c2g__InvoiceStatus__c, COUNT(Id) FROM " + INVOICE
				+ " GROUP BY c2g__InvoiceStatus__c HAVING c2g__InvoiceStatus__c = 'complete'").page(0, 10))
			.singleElement().satisfies((record) -> assertThat(record).containsEntry("expr0", 4));
	}

	@Test
	void aggregatesWithoutGroupByGiveOneRowEvenWithoutMatches() {
		assertThat(records("SELECT COUNT(Id), SUM(c2g__InvoiceTotal__c), MAX(Name) FROM " + INVOICE
				+ " WHERE Name = 'none'")).singleElement().satisfies((record) -> {
					assertThat(record).containsEntry("expr0", 0);
					assertThat(record).containsEntry("expr1", null).containsEntry("expr2", null);
				});
		BigDecimal total = values(expected(INVOICE, (row) -> true), "c2g__InvoiceTotal__c").stream()
			.map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat((BigDecimal) records("SELECT SUM(c2g__InvoiceTotal__c) FROM " + INVOICE).get(0).get("expr0"))
			.isEqualByComparingTo(total);
	}

	@Test
	void countAllGivesTotalSizeWithoutRecords() {
		QueryResult result = run("SELECT COUNT() FROM Account");
		assertThat(result.totalSize()).isEqualTo(expected("Account", (row) -> true).size());
		assertThat(result.page(0, 2000)).isEmpty();
		assertThat(run("SELECT COUNT() FROM Account WHERE Industry = 'Energy'").totalSize())
			.isEqualTo(expected("Account", (row) -> "Energy".equals(row.get("Industry"))).size());
		assertThat(run("SELECT COUNT() FROM Account LIMIT 3").totalSize()).isEqualTo(3);
		assertThat(run("SELECT COUNT() FROM Account LIMIT 3 OFFSET 5").totalSize()).isEqualTo(1);
		assertThat(run("SELECT COUNT() FROM Account GROUP BY Industry").totalSize()).isEqualTo(3);
	}

	@Test
	void rollupAddsSubtotalsAfterEachPrefixAndAGrandTotalLast() {
		List<Map<String, Object>> records = records("SELECT Industry, Active__c, COUNT(Id), GROUPING(Industry), "
				+ "GROUPING(Active__c) FROM Account GROUP BY ROLLUP(Industry, Active__c)");
		List<TestRow> accounts = expected("Account", (row) -> true);
		List<List<Object>> expected = new ArrayList<>();
		groupBy(accounts, (row) -> key(row.get("Industry"))).forEach((industry, byIndustry) -> {
			groupBy(byIndustry, (row) -> key(row.get("Active__c"))).forEach((active, rows) -> expected
				.add(Arrays.asList(value(industry), value(active), rows.size(), 0, 0)));
			expected.add(Arrays.asList(value(industry), null, byIndustry.size(), 0, 1));
		});
		expected.add(Arrays.asList(null, null, accounts.size(), 1, 1));
		assertThat(records).extracting((record) -> Arrays.asList(record.get("Industry"), record.get("Active__c"),
				record.get("expr0"), record.get("expr1"), record.get("expr2")))
			.isEqualTo(expected);
	}

	@Test
	void cubeAddsSubtotalsOfEverySubset() {
		List<Map<String, Object>> records = records("SELECT Industry, Active__c, COUNT(Id) n, GROUPING(Industry) gi, "
				+ "GROUPING(Active__c) ga FROM Account GROUP BY CUBE(Industry, Active__c)");
		List<TestRow> accounts = expected("Account", (row) -> true);
		int details = groupBy(accounts, (row) -> key(row.get("Industry")) + "|" + key(row.get("Active__c"))).size();
		Map<Object, List<TestRow>> industries = groupBy(accounts, (row) -> key(row.get("Industry")));
		Map<Object, List<TestRow>> actives = groupBy(accounts, (row) -> key(row.get("Active__c")));
		assertThat(records).hasSize(details + industries.size() + actives.size() + 1);
		assertThat(records).filteredOn((record) -> record.get("gi").equals(1) && record.get("ga").equals(0))
			.extracting((record) -> List.of(String.valueOf(record.get("Active__c")), record.get("n")))
			.isEqualTo(actives.entrySet().stream()
				.map((entry) -> List.<Object>of(String.valueOf(value(entry.getKey())), entry.getValue().size()))
				.toList());
		assertThat(records.get(records.size() - 1)).containsEntry("n", accounts.size()).containsEntry("gi", 1)
			.containsEntry("ga", 1);
	}

	@Test
	void groupsTextWithoutCaseAndEmptyTextWithNull() {
		TestOrg org = new TestOrg();
		org.object("Item__c", "a00", List.of(TestOrg.field("Kind__c", FieldType.STRING),
				TestOrg.field("Size__c", FieldType.INT)), List.of());
		org.insert("Item__c", "Kind__c", "Energy", "Size__c", 1);
		org.insert("Item__c", "Kind__c", "", "Size__c", 2);
		org.insert("Item__c", "Kind__c", "ENERGY", "Size__c", 3);
		org.insert("Item__c", "Size__c", 4);
		org.insert("Item__c", "Kind__c", "energy", "Size__c", 5);
		SoqlEvaluator evaluator = new SoqlEvaluator(org, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");
		List<Map<String, Object>> records = evaluator.evaluate(io.financialforce.soql.SoqlParser.parse(
				"SELECT Kind__c, COUNT(Id), SUM(Size__c), COUNT_DISTINCT(Kind__c) FROM Item__c GROUP BY Kind__c "
						+ "HAVING COUNT(Id) > 1 AND (SUM(Size__c) > 5 OR SUM(Size__c) = 6)"), false)
			.page(0, 10);
		assertThat(records).extracting((record) -> Arrays.asList(record.get("Kind__c"), record.get("expr0"),
				((BigDecimal) record.get("expr1")).intValue(), record.get("expr2")))
			.containsExactly(Arrays.asList("Energy", 3, 9, 1), Arrays.asList(null, 2, 6, 0));
	}

	private static Map<Object, List<TestRow>> groupBy(List<TestRow> rows, Function<TestRow, Object> key) {
		return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
	}

	private static List<Object> values(List<TestRow> rows, String field) {
		return rows.stream().map((row) -> row.get(field)).filter((value) -> !blank(value)).toList();
	}

	private static Object key(Object value) {
		return blank(value) ? "" : value;
	}

	private static Object value(Object key) {
		return "".equals(key) ? null : key;
	}

}
