package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.column;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.ids;
import static io.financialforce.emulator.query.Queries.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.financialforce.emulator.query.TestOrg.TestRow;
import io.financialforce.soql.SoqlParser;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY, LIMIT, OFFSET, paging and id lookups.
 */
class SoqlEvaluatorOrderTests {

	private static final Comparator<TestRow> BY_NAME = Comparator.comparing((row) -> (String) row.get("Name"),
			String.CASE_INSENSITIVE_ORDER);

	private static final Comparator<BigDecimal> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

	@Test
	void withoutOrderByRowsComeInInsertionOrder() {
		assertThat(column("SELECT Id FROM Account", "Id")).isEqualTo(ids(expected("Account", (row) -> true)));
	}

	@Test
	void ordersTextWithoutCase() {
		assertThat(column("SELECT Id FROM Account ORDER BY Name", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> true).stream().sorted(BY_NAME).toList()));
		assertThat(column("SELECT Id FROM Account ORDER BY Name DESC", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> true).stream().sorted(BY_NAME.reversed()).toList()));
	}

	@Test
	void ascendingPutsNullsFirstAndDescendingLastUnlessToldOtherwise() {
		Comparator<TestRow> revenue = Comparator.comparing((row) -> (BigDecimal) row.get("AnnualRevenue"), NULLS_FIRST);
		List<TestRow> accounts = expected("Account", (row) -> true);
		assertThat(column("SELECT Id FROM Account ORDER BY AnnualRevenue", "Id"))
			.isEqualTo(ids(accounts.stream().sorted(revenue).toList()));
		assertThat(column("SELECT Id FROM Account ORDER BY AnnualRevenue DESC", "Id")).isEqualTo(ids(accounts.stream()
			.sorted(Comparator.comparing((row) -> (BigDecimal) row.get("AnnualRevenue"),
					Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
			.toList()));
		assertThat(column("SELECT Id FROM Account ORDER BY AnnualRevenue ASC NULLS LAST", "Id"))
			.isEqualTo(ids(accounts.stream().sorted(Comparator.comparing((row) -> (BigDecimal) row.get("AnnualRevenue"),
					Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))).toList()));
		assertThat(column("SELECT Id FROM Account ORDER BY AnnualRevenue DESC NULLS FIRST", "Id"))
			.isEqualTo(ids(accounts.stream().sorted(Comparator.comparing((row) -> (BigDecimal) row.get("AnnualRevenue"),
					Comparator.nullsFirst(Comparator.<BigDecimal>reverseOrder()))).toList()));
	}

	@Test
	void ordersBySeveralKeysAndParentFields() {
		Comparator<TestRow> byAccountName = Comparator.comparing(
				(row) -> (String) Queries.parentValue(row, "AccountId", "Name"),
				Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
		assertThat(column("SELECT Id FROM Contact ORDER BY Account.Name NULLS LAST, LastName DESC", "Id"))
			.isEqualTo(ids(expected("Contact", (row) -> true).stream()
				.sorted(byAccountName.thenComparing((row) -> (String) row.get("LastName"),
						String.CASE_INSENSITIVE_ORDER.reversed()))
				.toList()));
	}

	@Test
	void withoutOrderByLimitAndOffsetCutTheRowsInInsertionOrder() {
		List<Object> all = ids(expected("Account", (row) -> !row.get("Name").equals("Globex")));
		QueryResult result = run("SELECT Id FROM Account WHERE Name != 'Globex' LIMIT 3 OFFSET 2");
		assertThat(result.totalSize()).isEqualTo(3);
		assertThat(result.page(0, 10)).extracting((record) -> record.get("Id")).isEqualTo(all.subList(2, 5));
		assertThat(run("SELECT Id FROM Account LIMIT 2000").totalSize()).isEqualTo(all.size() + 1);
	}

	@Test
	void offsetAndLimitCutTheSortedRows() {
		QueryResult result = run("SELECT Id FROM Account ORDER BY Name LIMIT 3 OFFSET 2");
		assertThat(result.totalSize()).isEqualTo(3);
		assertThat(result.page(0, 10)).extracting((record) -> record.get("Id"))
			.isEqualTo(ids(expected("Account", (row) -> true).stream().sorted(BY_NAME).skip(2).limit(3).toList()));
		assertThat(run("SELECT Id FROM Account LIMIT 0").totalSize()).isZero();
		assertThat(run("SELECT Id FROM Account OFFSET 100").totalSize()).isZero();
	}

	@Test
	void pagesProjectSlicesOfTheResult() {
		QueryResult result = run("SELECT Name FROM Account ORDER BY Name");
		List<Object> names = expected("Account", (row) -> true).stream().sorted(BY_NAME).map((row) -> row.get("Name"))
			.toList();
		assertThat(result.totalSize()).isEqualTo(names.size());
		assertThat(result.page(2, 3)).extracting((record) -> record.get("Name")).isEqualTo(names.subList(2, 5));
		assertThat(result.page(5, 10)).extracting((record) -> record.get("Name")).isEqualTo(names.subList(5, 6));
		assertThat(result.page(6, 10)).isEmpty();
	}

	@Test
	void idFiltersLookRowsUpInsteadOfScanning() {
		TestOrg org = DemoOrg.create();
		SoqlEvaluator evaluator = new SoqlEvaluator(org, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");
		List<TestRow> accounts = org.records("Account");
		String first = accounts.get(0).id;
		String third = accounts.get(2).id;
		String deleted = accounts.get(5).id;
		QueryResult result = evaluator.evaluate(SoqlParser.parse("SELECT Name FROM Account WHERE Id IN ('" + third
				+ "', '" + first + "', '" + deleted + "', '" + org.records("Contact").get(0).id + "') AND Name != 'x'"),
				false);
		assertThat(result.page(0, 10)).extracting((record) -> record.get("Name")).containsExactly("Globex", "Acme");
		assertThat(evaluator.evaluate(SoqlParser.parse("SELECT Name FROM Account WHERE Id = '" + first + "'"), false)
			.page(0, 10)).extracting((record) -> record.get("Name")).containsExactly("Acme");
		assertThat(org.rowsCalls).isZero();
		assertThat(org.rowCalls).isEqualTo(5);
	}

	@Test
	void limitedSortOfManyRowsEqualsAFullStableSort() {
		TestOrg org = new TestOrg();
		org.object("Item__c", "a00", List.of(TestOrg.field("Rank__c", FieldType.INT),
				TestOrg.field("Name", FieldType.STRING)), List.of());
		IntStream.range(0, 2000).forEach((i) -> org.insert("Item__c", "Rank__c", (i * 7919) % 101, "Name", "n" + i));
		SoqlEvaluator evaluator = new SoqlEvaluator(org, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");
		List<Object> expected = org.records("Item__c").stream()
			.sorted(Comparator.comparing((TestRow row) -> (Integer) row.get("Rank__c")).reversed())
			.skip(10).limit(25).map((row) -> (Object) row.id).toList();
		List<Map<String, Object>> records = evaluator
			.evaluate(SoqlParser.parse("SELECT Id FROM Item__c ORDER BY Rank__c DESC LIMIT 25 OFFSET 10"), false)
			.page(0, 100);
		assertThat(records).extracting((record) -> record.get("Id")).isEqualTo(expected);
	}

}
