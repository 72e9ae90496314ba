package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Binding {@code :name} and {@code ?1} parameters to values.
 */
class SelectBindTests {

	@Test
	void bindsNamedParametersAsTypedLiterals() {
		Select select = SoqlParser.parse("SELECT Id FROM Opportunity WHERE Name = :name AND Amount > :amount "
				+ "AND CloseDate = :day AND IsWon = :won AND NextStep = :none");
		Map<String, Object> values = new HashMap<>();
		values.put("name", "O'Brien");
		values.put("amount", new BigDecimal("10.50"));
		values.put("day", LocalDate.of(2024, 2, 29));
		values.put("won", true);
		values.put("none", null);
		assertThat(select.bind(values).toSoql()).isEqualTo("SELECT Id FROM Opportunity WHERE Name = 'O\\'Brien' "
				+ "AND Amount > 10.50 AND CloseDate = 2024-02-29 AND IsWon = TRUE AND NextStep = NULL");
	}

	@Test
	void bindsPositionalParametersCountingFromOne() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name = ?2 AND Industry = ?1");
		assertThat(select.bind(List.of("Energy", "Acme")).toSoql())
			.isEqualTo("SELECT Id FROM Account WHERE Name = 'Acme' AND Industry = 'Energy'");
	}

	@Test
	void bindsCollectionsAndArraysAsValueLists() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Id IN :ids AND Rating NOT IN :ratings "
				+ "AND NumberOfEmployees IN :sizes AND Tags__c INCLUDES :tags AND Site IN :site");
		Select bound = select.bind(Map.of("ids", List.of("001A", "001B"), "ratings", new String[] { "Cold" }, "sizes",
				new int[] { 1, 2 }, "tags", Set.of("a;b"), "site", "HQ"));
		assertThat(bound.toSoql()).isEqualTo("SELECT Id FROM Account WHERE Id IN ('001A', '001B') "
				+ "AND Rating NOT IN ('Cold') AND NumberOfEmployees IN (1, 2) AND Tags__c INCLUDES ('a;b') "
				+ "AND Site IN ('HQ')");
	}

	@Test
	void bindsLikePatternsAndStringsAsPatterns() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name LIKE :a AND Site LIKE :b");
		assertThat(select.bind(Map.of("a", LikePattern.containing("50%"), "b", "HQ%")).toSoql())
			.isEqualTo("SELECT Id FROM Account WHERE Name LIKE '%50\\%%' AND Site LIKE 'HQ%'");
	}

	@Test
	void bindsInsideSubqueriesAndSemiJoins() {
		Select select = SoqlParser.parse("SELECT Id, (SELECT Id FROM Contacts WHERE Email = :email) FROM Account "
				+ "WHERE Id IN (SELECT AccountId FROM Case WHERE Status = :status) AND NOT Name = :name");
		assertThat(select.parameters()).containsExactly(new BindParameter.Named("email"),
				new BindParameter.Named("status"), new BindParameter.Named("name"));
		assertThat(select.bind(Map.of("email", "a@b.c", "status", "New", "name", "x")).toSoql())
			.isEqualTo("SELECT Id, (SELECT Id FROM Contacts WHERE Email = 'a@b.c') FROM Account "
					+ "WHERE Id IN (SELECT AccountId FROM Case WHERE Status = 'New') AND NOT Name = 'x'");
	}

	@Test
	void bindsHaving() {
		Select select = SoqlParser.parse("SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > :n");
		assertThat(select.bind(Map.of("n", 3)).toSoql())
			.isEqualTo("SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > 3");
	}

	@Test
	void listsEachParameterOnce() {
		assertThat(SoqlParser.parse("SELECT Id FROM Account WHERE a = :x OR b = :x OR c = ?1").parameters())
			.containsExactly(new BindParameter.Named("x"), new BindParameter.Positional(1));
	}

	@Test
	void aValueCannotInjectSoql() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name = :name")
			.bind(Map.of("name", "x' OR Name != 'x"));
		assertThat(select.toSoql()).isEqualTo("SELECT Id FROM Account WHERE Name = 'x\\' OR Name != \\'x'");
		assertThat(SoqlParser.parse(select.toSoql()).where()).isEqualTo(select.where());
	}

	@Test
	void failsNamingAMissingParameter() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name = :name AND Site = :site");
		assertThatIllegalArgumentException().isThrownBy(() -> select.bind(Map.of("name", "x")))
			.withMessage("No value for bind parameter :site; values were given for [name]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE Name = ?2").bind(List.of("x")))
			.withMessage("No value for bind parameter ?2: 1 value(s) given, and ?1 is the first");
	}

	@Test
	void failsOnMixedStyles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE Name = ?1").bind(Map.of("1", "x")))
			.withMessage("Cannot bind ?1 from named values; bind positional parameters with a list");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE Name = :a").bind(List.of("x")))
			.withMessage("Cannot bind :a from positional values; bind named parameters with a map");
	}

	@Test
	void failsOnValuesThatDoNotSuitTheOperator() {
		Select in = SoqlParser.parse("SELECT Id FROM Account WHERE Id IN :ids");
		assertThatIllegalArgumentException().isThrownBy(() -> in.bind(Map.of("ids", List.of())))
			.withMessage("Cannot bind :ids: its collection is empty; IN needs at least one value (SOQL has no empty list)");
		Select equals = SoqlParser.parse("SELECT Id FROM Account WHERE Id = :id");
		assertThatIllegalArgumentException().isThrownBy(() -> equals.bind(Map.of("id", Arrays.asList("a", "b"))))
			.withMessage("Cannot bind :id: it holds several values but = takes a single value");
		assertThatIllegalArgumentException().isThrownBy(() -> equals.bind(Map.of("id", new Object())))
			.withMessageStartingWith("Cannot bind :id: No SOQL literal for a value of type java.lang.Object");
		Select includes = SoqlParser.parse("SELECT Id FROM Account WHERE Tags__c INCLUDES :tags");
		assertThatIllegalArgumentException().isThrownBy(() -> includes.bind(Map.of("tags", List.of(1))))
			.withMessage("Cannot bind :tags: INCLUDES takes strings only");
		Select like = SoqlParser.parse("SELECT Id FROM Account WHERE Name LIKE :p");
		assertThatIllegalArgumentException().isThrownBy(() -> like.bind(Map.of("p", 5)))
			.withMessage("Cannot bind :p: LIKE takes a LikePattern or a String pattern, not java.lang.Integer");
	}

	@Test
	void leavesTheOriginalUntouched() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name = :name");
		select.bind(Map.of("name", "x"));
		assertThat(select.parameters()).containsExactly(new BindParameter.Named("name"));
	}

}
