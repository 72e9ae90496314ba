package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.blank;
import static io.financialforce.emulator.query.Queries.column;
import static io.financialforce.emulator.query.Queries.equalsIgnoreCase;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * WHERE operators, checked against answers computed with streams over the same rows.
 */
class SoqlEvaluatorFilterTests {

	@Test
	void equalsComparesTextWithoutCase() {
		assertThat(column("SELECT Id FROM Account WHERE Name = 'ACME'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> equalsIgnoreCase(row.get("Name"), "acme"))))
			.hasSize(1);
	}

	@Test
	void equalsNullMatchesNullAndEmptyText() {
		assertThat(column("SELECT Id FROM Account WHERE Industry = null", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> blank(row.get("Industry")))))
			.hasSize(2);
		assertThat(column("SELECT Id FROM Account WHERE Industry = ''", "Id"))
			.isEqualTo(column("SELECT Id FROM Account WHERE Industry = null", "Id"));
	}

	@Test
	void notEqualsMatchesNulls() {
		assertThat(column("SELECT Id FROM Account WHERE Industry != 'energy'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !equalsIgnoreCase(row.get("Industry"), "energy"))))
			.hasSize(4);
		assertThat(column("SELECT Id FROM Account WHERE Industry != null", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !blank(row.get("Industry")))));
	}

	@Test
	void numbersCompareAsDecimalsAndSkipNulls() {
		BigDecimal limit = new BigDecimal("5000");
		assertThat(column("SELECT Id FROM Account WHERE AnnualRevenue >= 5000", "Id")).isEqualTo(ids(expected(
				"Account", (row) -> row.get("AnnualRevenue") != null
						&& ((BigDecimal) row.get("AnnualRevenue")).compareTo(limit) >= 0)));
		assertThat(column("SELECT Id FROM Account WHERE AnnualRevenue < 5000", "Id")).isEqualTo(ids(expected(
				"Account", (row) -> row.get("AnnualRevenue") != null
						&& ((BigDecimal) row.get("AnnualRevenue")).compareTo(limit) < 0)));
		assertThat(column("SELECT Id FROM Account WHERE NumberOfEmployees > 50.5", "Id")).isEqualTo(ids(expected(
				"Account", (row) -> row.get("NumberOfEmployees") != null && (Integer) row.get("NumberOfEmployees") > 50)));
		assertThat(column("SELECT Id FROM Account WHERE NumberOfEmployees <= 15", "Id")).isEqualTo(ids(expected(
				"Account", (row) -> row.get("NumberOfEmployees") != null && (Integer) row.get("NumberOfEmployees") <= 15)));
	}

	@Test
	void currencyLiteralComparesByAmount() {
		assertThat(column("SELECT Id FROM Account WHERE AnnualRevenue > USD250000", "Id"))
			.isEqualTo(column("SELECT Id FROM Account WHERE AnnualRevenue > 250000", "Id"))
			.hasSize(3);
	}

	@Test
	void textOrderingComparisonsIgnoreCase() {
		assertThat(column("SELECT Id FROM Account WHERE Name > 'B'", "Id")).isEqualTo(ids(expected("Account",
				(row) -> ((String) row.get("Name")).compareToIgnoreCase("B") > 0)));
	}

	@Test
	void booleansCompareAsBooleans() {
		assertThat(column("SELECT Id FROM Account WHERE Active__c = true", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> Boolean.TRUE.equals(row.get("Active__c")))));
		assertThat(column("SELECT Id FROM Account WHERE Active__c != true", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !Boolean.TRUE.equals(row.get("Active__c")))));
	}

	@Test
	void likeIsCaseInsensitiveWithWildcards() {
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE 'acme%'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> ((String) row.get("Name")).toLowerCase(Locale.ROOT)
				.startsWith("acme"))))
			.hasSize(2);
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE '_lobex'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> row.get("Name").equals("Globex"))));
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE '%e%'", "Id")).isEqualTo(ids(expected("Account",
				(row) -> ((String) row.get("Name")).toLowerCase(Locale.ROOT).contains("e"))));
	}

	@Test
	void likeEscapesMatchWildcardCharactersLiterally() {
		assertThat(column("SELECT Name FROM Account WHERE Name LIKE '%\\_\\%%'", "Name"))
			.containsExactly("Umbrella_%Corp");
		assertThat(column("SELECT Name FROM Account WHERE Name LIKE '%\\%'", "Name")).isEmpty();
	}

	@Test
	void likePrefixesAreLiteralWithoutCase() {
		assertThat(Filters.likePrefix("SIN001%")).isEqualTo("SIN001");
		assertThat(Filters.likePrefix("a.c%")).isEqualTo("a.c");
		assertThat(Filters.likePrefix("%")).isEmpty();
		assertThat(Filters.likePrefix("a_c%")).isNull();
		assertThat(Filters.likePrefix("a%c%")).isNull();
		assertThat(Filters.likePrefix("ab\\%")).isNull();
		assertThat(Filters.likePrefix("abc")).isNull();
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE 'GLOB%'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> row.get("Name").equals("Globex"))));
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE 'glo.%'", "Id")).isEmpty();
		assertThat(column("SELECT Id FROM Account WHERE Name LIKE '%'", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !blank(row.get("Name")))));
	}

	@Test
	void notNegatesLike() {
		assertThat(column("SELECT Id FROM Account WHERE NOT Name LIKE 'acme%'", "Id")).isEqualTo(ids(expected(
				"Account", (row) -> !((String) row.get("Name")).toLowerCase(Locale.ROOT).startsWith("acme"))));
	}

	@Test
	void inAndNotInMatchListsWithoutCase() {
		assertThat(column("SELECT Id FROM Account WHERE Industry IN ('ENERGY', 'banking')", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !blank(row.get("Industry")))));
		assertThat(column("SELECT Id FROM Account WHERE Industry NOT IN ('Energy')", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !"Energy".equals(row.get("Industry")))));
		assertThat(column("SELECT Id FROM Account WHERE Industry IN ('Energy', null)", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> blank(row.get("Industry")) || "Energy".equals(row.get("Industry")))));
		assertThat(column("SELECT Id FROM Account WHERE NumberOfEmployees IN (15, 300)", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> Arrays.asList(15, 300).contains(row.get("NumberOfEmployees")))));
	}

	@Test
	void includesNeedsAllValuesOfAnItemAndExcludesNone() {
		assertThat(column("SELECT Id FROM Account WHERE Regions__c INCLUDES ('emea;apac', 'AMER')", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> regions(row.get("Regions__c")).containsAll(Set.of("emea", "apac"))
					|| regions(row.get("Regions__c")).contains("amer"))))
			.hasSize(3);
		assertThat(column("SELECT Id FROM Account WHERE Regions__c EXCLUDES ('EMEA')", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !regions(row.get("Regions__c")).contains("emea"))));
	}

	@Test
	void multiPicklistEqualsComparesSets() {
		assertThat(column("SELECT Name FROM Account WHERE Regions__c = 'apac;emea'", "Name")).containsExactly("Acme");
	}

	@Test
	void andOrAndParenthesesCombine() {
		assertThat(column("SELECT Id FROM Account WHERE (Industry = 'Energy' OR Industry = 'Banking') "
				+ "AND Active__c = true", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> ("Energy".equals(row.get("Industry"))
					|| "Banking".equals(row.get("Industry"))) && Boolean.TRUE.equals(row.get("Active__c")))));
		assertThat(column("SELECT Id FROM Account WHERE NOT (Industry = 'Energy' OR Active__c = false)", "Id"))
			.isEqualTo(ids(expected("Account", (row) -> !("Energy".equals(row.get("Industry"))
					|| Boolean.FALSE.equals(row.get("Active__c"))))));
	}

	@Test
	void idsCompareOnTheirFifteenCharacterPrefix() {
		String id18 = Queries.ORG.records("Account").get(0).id;
		assertThat(column("SELECT Id FROM Account WHERE Id = '" + id18.substring(0, 15) + "'", "Id"))
			.containsExactly(id18);
		assertThat(column("SELECT Id FROM Contact WHERE AccountId = '" + id18 + "'", "Id"))
			.isEqualTo(ids(expected("Contact", (row) -> id18.equals(row.get("AccountId")))));
	}

	@Test
	void queryAllIncludesDeletedRows() {
		var select = io.financialforce.soql.SoqlParser.parse("SELECT Name FROM Account WHERE Industry = 'Energy'");
		assertThat(Queries.EVALUATOR.evaluate(select, true).page(0, 100)).extracting((record) -> record.get("Name"))
			.containsExactly("Acme", "Initech", "Hooli");
		assertThat(Queries.EVALUATOR.evaluate(select, false).page(0, 100)).extracting((record) -> record.get("Name"))
			.containsExactly("Acme", "Initech");
	}

	private static Set<String> regions(Object value) {
		if (blank(value)) {
			return Set.of();
		}
		return Arrays.stream(((String) value).split(";")).map((part) -> part.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

}
