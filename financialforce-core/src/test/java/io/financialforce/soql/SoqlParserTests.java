package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specific inputs give specific trees and specific canonical text.
 */
class SoqlParserTests {

	@Test
	void parsesFieldsPathsAndAliasesKeepingNamesAsWritten() {
		Select select = SoqlParser.parse("select id, Account.Owner.Name, c2g__Account__r.Name acct from Contact");
		assertThat(select.items()).containsExactly(field("id"), field("Account.Owner.Name"),
				new SelectItem.Field(FieldPath.of("c2g__Account__r.Name"), "acct"));
		assertThat(select.from()).isEqualTo(From.of("Contact"));
		assertThat(select.toSoql()).isEqualTo("SELECT id, Account.Owner.Name, c2g__Account__r.Name acct FROM Contact");
	}

	@Test
	void parsesChildSubqueryWithItsOwnClauses() {
		Select select = SoqlParser.parse(
				"SELECT Name, (SELECT LastName FROM Contacts WHERE LastName != null ORDER BY LastName LIMIT 5) FROM Account");
		SelectItem.Subquery subquery = (SelectItem.Subquery) select.items().get(1);
		assertThat(subquery.select().from()).isEqualTo(From.of("Contacts"));
		assertThat(subquery.select().where()).isEqualTo(new Condition.Comparison(FieldPath.of("LastName"),
				ComparisonOperator.NOT_EQUALS, Literal.NullValue.INSTANCE));
		assertThat(subquery.select().orderBy()).containsExactly(new OrderItem(FieldPath.of("LastName"), null, null));
		assertThat(subquery.select().limit()).isEqualTo(5);
	}

	@Test
	void parsesTypeOf() {
		Select select = SoqlParser.parse(
				"SELECT TYPEOF What WHEN Account THEN Phone, NumberOfEmployees WHEN Opportunity THEN Amount ELSE Name END FROM Event");
		assertThat(select.items()).containsExactly(new SelectItem.TypeOf(FieldPath.of("What"),
				List.of(new SelectItem.When("Account", List.of(FieldPath.of("Phone"), FieldPath.of("NumberOfEmployees"))),
						new SelectItem.When("Opportunity", List.of(FieldPath.of("Amount")))),
				List.of(FieldPath.of("Name"))));
	}

	@Test
	void parsesAggregatesAndFunctionsInTheirDocumentedSpelling() {
		Select select = SoqlParser.parse("SELECT count(), COUNT_DISTINCT(Name) n, TOLABEL(Status), FORMAT(MIN(Amount)) "
				+ "FROM Opportunity");
		assertThat(select.items()).containsExactly(field(FunctionCall.of(SoqlFunction.COUNT)),
				new SelectItem.Field(FunctionCall.of(SoqlFunction.COUNT_DISTINCT, FieldPath.of("Name")), "n"),
				field(FunctionCall.of(SoqlFunction.TO_LABEL, FieldPath.of("Status"))),
				field(FunctionCall.of(SoqlFunction.FORMAT, FunctionCall.of(SoqlFunction.MIN, FieldPath.of("Amount")))));
		assertThat(select.toSoql())
			.isEqualTo("SELECT COUNT(), COUNT_DISTINCT(Name) n, toLabel(Status), FORMAT(MIN(Amount)) FROM Opportunity");
	}

	@Test
	void parsesFieldsKeyword() {
		assertThat(SoqlParser.parse("SELECT fields(all) FROM Account LIMIT 200").items())
			.containsExactly(new SelectItem.Fields(SelectItem.FieldsKind.ALL));
	}

	@Test
	void parsesEveryComparisonOperator() {
		String[][] cases = { { "=", "EQUALS" }, { "!=", "NOT_EQUALS" }, { "<>", "NOT_EQUALS" }, { "<", "LESS_THAN" },
				{ "<=", "LESS_THAN_OR_EQUAL" }, { ">", "GREATER_THAN" }, { ">=", "GREATER_THAN_OR_EQUAL" } };
		for (String[] entry : cases) {
			Condition where = SoqlParser.parse("SELECT Id FROM Account WHERE NumberOfEmployees " + entry[0] + " 5")
				.where();
			assertThat(where).isEqualTo(new Condition.Comparison(FieldPath.of("NumberOfEmployees"),
					ComparisonOperator.valueOf(entry[1]), number("5")));
		}
	}

	@Test
	void rendersNotEqualsCanonically() {
		assertThat(SoqlParser.parse("SELECT Id FROM Account WHERE Name <> 'x'").toSoql())
			.isEqualTo("SELECT Id FROM Account WHERE Name != 'x'");
	}

	@Test
	void parsesTypedLiterals() {
		Condition.And where = (Condition.And) SoqlParser.parse("SELECT Id FROM Opportunity WHERE a = 'it''s' "
				.replace("''", "\\'")
				+ "AND b = -1.50 AND c = true AND d = NULL AND e = 2024-01-31 AND f = 2024-01-31T12:34:56Z "
				+ "AND g = 2024-01-31T12:34:56.5-05:30 AND h = usd5000 AND i = EUR12.50 AND j = LAST_N_DAYS:30 "
				+ "AND k = THIS_FISCAL_QUARTER")
			.where();
		assertThat(where.conditions()).extracting((condition) -> ((Condition.Comparison) condition).right())
			.containsExactly(new Literal.StringValue("it's"), number("-1.50"), new Literal.BooleanValue(true),
					Literal.NullValue.INSTANCE, new Literal.DateValue(LocalDate.of(2024, 1, 31)),
					new Literal.DateTimeValue(OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 0, ZoneOffset.UTC)),
					new Literal.DateTimeValue(OffsetDateTime.of(LocalDateTime.of(2024, 1, 31, 12, 34, 56, 500_000_000),
							ZoneOffset.ofHoursMinutes(-5, -30))),
					new Literal.CurrencyValue("USD", new BigDecimal("5000")),
					new Literal.CurrencyValue("EUR", new BigDecimal("12.50")),
					new Literal.RelativeDateValue(RelativeDate.LAST_N_DAYS, 30),
					new Literal.RelativeDateValue(RelativeDate.THIS_FISCAL_QUARTER, null));
	}

	@Test
	void parsesLikeIntoPatternKeepingItsEscapes() {
		Condition where = SoqlParser.parse("SELECT Id FROM Account WHERE Name LIKE '50\\%\\_off\\\\%'").where();
		assertThat(where).isEqualTo(
				new Condition.Comparison(FieldPath.of("Name"), ComparisonOperator.LIKE, new LikePattern("50\\%\\_off\\\\%")));
	}

	@Test
	void parsesInListsSemiJoinsAndMultiPicklistOperators() {
		Condition.And where = (Condition.And) SoqlParser.parse("SELECT Id FROM Account WHERE Id IN ('a', 'b') "
				+ "AND Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsClosed = false) "
				+ "AND Tags__c INCLUDES ('a;b', 'c') AND Tags__c EXCLUDES ('d')")
			.where();
		assertThat(where.conditions()).containsExactly(
				new Condition.Comparison(FieldPath.of("Id"), ComparisonOperator.IN,
						new Operand.ValueList(List.of(string("a"), string("b")))),
				new Condition.Comparison(FieldPath.of("Id"), ComparisonOperator.NOT_IN,
						new Operand.SubSelect(SoqlParser.parse(
								"SELECT AccountId FROM Opportunity WHERE IsClosed = false"))),
				new Condition.Comparison(FieldPath.of("Tags__c"), ComparisonOperator.INCLUDES,
						new Operand.ValueList(List.of(string("a;b"), string("c")))),
				new Condition.Comparison(FieldPath.of("Tags__c"), ComparisonOperator.EXCLUDES,
						new Operand.ValueList(List.of(string("d")))));
	}

	@Test
	void keepsParenthesesAsNesting() {
		Condition where = SoqlParser.parse("SELECT Id FROM Account WHERE (a = 1 OR b = 2) AND NOT (c = 3 AND d = 4)")
			.where();
		assertThat(where).isEqualTo(new Condition.And(List.of(new Condition.Or(List.of(eq("a", 1), eq("b", 2))),
				new Condition.Not(new Condition.And(List.of(eq("c", 3), eq("d", 4)))))));
		assertThat(SoqlParser.parse("SELECT Id FROM Account WHERE (a = 1 OR b = 2) AND NOT (c = 3 AND d = 4)").toSoql())
			.isEqualTo("SELECT Id FROM Account WHERE (a = 1 OR b = 2) AND NOT (c = 3 AND d = 4)");
	}

	@Test
	void dropsRedundantParenthesesAroundAComparison() {
		assertThat(SoqlParser.parse("SELECT Id FROM Account WHERE ((a = 1)) AND (NOT b = 2)").toSoql())
			.isEqualTo("SELECT Id FROM Account WHERE a = 1 AND NOT b = 2");
	}

	@Test
	void keepsExplicitNestingOfTheSameOperator() {
		Condition where = SoqlParser.parse("SELECT Id FROM Account WHERE (a = 1 AND b = 2) AND c = 3").where();
		assertThat(where).isEqualTo(new Condition.And(
				List.of(new Condition.And(List.of(eq("a", 1), eq("b", 2))), eq("c", 3))));
	}

	@Test
	void parsesGroupByVariantsAndHaving() {
		Select rollup = SoqlParser.parse("SELECT LeadSource, COUNT(Name) cnt FROM Lead GROUP BY ROLLUP(LeadSource) "
				+ "HAVING COUNT(Name) > 100");
		assertThat(rollup.groupBy()).isEqualTo(new GroupBy(GroupBy.Type.ROLLUP, List.of(FieldPath.of("LeadSource"))));
		assertThat(rollup.having()).isEqualTo(new Condition.Comparison(
				FunctionCall.of(SoqlFunction.COUNT, FieldPath.of("Name")), ComparisonOperator.GREATER_THAN, number("100")));
		assertThat(SoqlParser.parse("SELECT Type, BillingCountry FROM Account GROUP BY CUBE(Type, BillingCountry)")
			.groupBy()).isEqualTo(
					new GroupBy(GroupBy.Type.CUBE, List.of(FieldPath.of("Type"), FieldPath.of("BillingCountry"))));
		assertThat(SoqlParser.parse("SELECT CALENDAR_YEAR(CloseDate) FROM Opportunity GROUP BY CALENDAR_YEAR(CloseDate)")
			.groupBy()).isEqualTo(new GroupBy(GroupBy.Type.PLAIN,
					List.of(FunctionCall.of(SoqlFunction.CALENDAR_YEAR, FieldPath.of("CloseDate")))));
	}

	@Test
	void parsesOrderByWithDirectionsAndNulls() {
		assertThat(SoqlParser.parse("SELECT Id FROM Account ORDER BY Name desc nulls last, CreatedDate, Id ASC")
			.orderBy()).containsExactly(
					new OrderItem(FieldPath.of("Name"), OrderItem.Direction.DESC, OrderItem.Nulls.LAST),
					new OrderItem(FieldPath.of("CreatedDate"), null, null),
					new OrderItem(FieldPath.of("Id"), OrderItem.Direction.ASC, null));
	}

	@Test
	void parsesTrailingClauses() {
		Select select = SoqlParser.parse("SELECT Id FROM Account a USING SCOPE mine WHERE a.Name != null "
				+ "WITH SECURITY_ENFORCED LIMIT 10 OFFSET 20 FOR VIEW UPDATE TRACKING FOR UPDATE ALL ROWS");
		assertThat(select.from()).isEqualTo(new From("Account", "a"));
		assertThat(select.scope()).isEqualTo(FilterScope.MINE);
		assertThat(select.with()).isEqualTo(new WithClause.Security(WithClause.SecurityMode.SECURITY_ENFORCED));
		assertThat(select.limit()).isEqualTo(10);
		assertThat(select.offset()).isEqualTo(20);
		assertThat(select.forClause()).isEqualTo(ForClause.VIEW);
		assertThat(select.update()).isEqualTo(UpdateClause.TRACKING);
		assertThat(select.forUpdate()).isTrue();
		assertThat(select.allRows()).isTrue();
	}

	@Test
	void parsesDataCategoryFilters() {
		assertThat(SoqlParser.parse("SELECT Title FROM KnowledgeArticleVersion WHERE PublishStatus = 'Online' "
				+ "WITH DATA CATEGORY Geography__c AT (usa__c, uk__c) AND Product__c BELOW phones__c")
			.with()).isEqualTo(new WithClause.DataCategory(List.of(
					new WithClause.CategoryFilter("Geography__c", WithClause.CategorySelector.AT,
							List.of("usa__c", "uk__c")),
					new WithClause.CategoryFilter("Product__c", WithClause.CategorySelector.BELOW,
							List.of("phones__c")))));
	}

	@Test
	void parsesBindParameters() {
		Condition.And where = (Condition.And) SoqlParser.parse(
				"SELECT Id FROM Account WHERE Name = :name AND Id IN :ids AND Name LIKE ?2").where();
		assertThat(where.conditions()).extracting((condition) -> ((Condition.Comparison) condition).right())
			.containsExactly(new BindParameter.Named("name"), new BindParameter.Named("ids"),
					new BindParameter.Positional(2));
	}

	@Test
	void allowsSixSegmentsAfterTheFromAlias() {
		assertThat(SoqlParser.parse("SELECT a.b.c.d.e.f.Name FROM Account a").items())
			.containsExactly(field("a.b.c.d.e.f.Name"));
	}

	@Test
	void acceptsWhiteSpaceAndLineBreaksAnywhereBetweenTokens() {
		assertThat(SoqlParser.parse("\n  SELECT\tId ,Name\r\n FROM\fAccount\n WHERE Name='x'\n").toSoql())
			.isEqualTo("SELECT Id, Name FROM Account WHERE Name = 'x'");
	}

	private static SelectItem field(String path) {
		return new SelectItem.Field(FieldPath.of(path), null);
	}

	private static SelectItem field(Expression expression) {
		return new SelectItem.Field(expression, null);
	}

	private static Literal number(String value) {
		return new Literal.NumberValue(new BigDecimal(value));
	}

	private static Literal string(String value) {
		return new Literal.StringValue(value);
	}

	private static Condition eq(String field, int value) {
		return new Condition.Comparison(FieldPath.of(field), ComparisonOperator.EQUALS, Literal.of(value));
	}

}
