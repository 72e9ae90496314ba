package io.financialforce.emulator.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.Condition;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.From;
import io.financialforce.soql.Operand;
import io.financialforce.soql.Select;
import io.financialforce.soql.SelectItem;
import io.financialforce.soql.SoqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The org's refusals: error codes and message shapes, raised before any row is read.
 */
class SoqlEvaluatorErrorTests {

	private static final String WSDL = "Please reference your WSDL or the describe call for the appropriate names.";

	@Test
	void unknownObjectIsInvalidType() {
		assertRefused("SELECT Id FROM Foo", "INVALID_TYPE", "sObject type 'Foo' is not supported. If you are "
				+ "attempting to use a custom object, be sure to append the '__c' after the entity name. " + WSDL);
	}

	@Test
	void unknownFieldIsInvalidField() {
		assertRefused("SELECT Bacon__c FROM Account", "INVALID_FIELD", "No such column 'Bacon__c' on entity "
				+ "'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom "
				+ "field name. " + WSDL);
		assertRefused("SELECT Id FROM Contact WHERE Account.Bacon__c = 'x'", "INVALID_FIELD",
				"No such column 'Bacon__c' on entity 'Account'. If you are attempting to use a custom field, be sure "
						+ "to append the '__c' after the custom field name. " + WSDL);
	}

	@Test
	void unknownRelationshipsAreRefused() {
		assertRefused("SELECT Foo.Name FROM Contact", "INVALID_FIELD", "Didn't understand relationship 'Foo' in field "
				+ "path. If you are attempting to use a custom relationship, be sure to append the '__r' after the "
				+ "custom relationship name. " + WSDL);
		assertRefused("SELECT (SELECT Id FROM Foos) FROM Account", "INVALID_TYPE", "Didn't understand relationship "
				+ "'Foos' in FROM part of query call. If you are attempting to use a custom relationship, be sure to "
				+ "append the '__r' after the custom relationship name. " + WSDL);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"SELECT Name, COUNT(Id) FROM Account|Field must be grouped or aggregated: Name",
			"SELECT Name, COUNT(Id) FROM Account GROUP BY Industry|Field must be grouped or aggregated: Name",
			"SELECT Industry FROM Account GROUP BY Industry HAVING MAX(Name) > 'a' ORDER BY Name|Field must be grouped or aggregated: Name",
			"SELECT COUNT(Id) FROM Account LIMIT 5|An aggregate query without GROUP BY cannot have a LIMIT",
			"SELECT FIELDS(ALL) FROM Account|The SOQL FIELDS function must have a LIMIT of at most 200",
			"SELECT FIELDS(CUSTOM) FROM Account LIMIT 201|The SOQL FIELDS function must have a LIMIT of at most 200",
			"SELECT Id, FIELDS(ALL) FROM Account LIMIT 10|duplicate field selected: Id",
			"SELECT Name, name FROM Account|duplicate field selected: Name",
			"SELECT Account.Name, account.name FROM Contact|duplicate field selected: Account.Name",
			"SELECT SUM(Name) FROM Account|field Name does not support aggregate operator SUM",
			"SELECT Name n FROM Account|Only aggregate expressions use field aliasing",
			"SELECT Id, COUNT() FROM Account|COUNT() must be the only element in the SELECT list",
			"SELECT Name FROM Account WHERE Id IN (SELECT LastName FROM Contact)|semi join sub selects can only query id fields, cannot use: 'LastName'",
			"SELECT CALENDAR_YEAR(CreatedDate) FROM Account|Field must be grouped or aggregated: CALENDAR_YEAR(CreatedDate)",
			"SELECT Id FROM Account WHERE HOUR_IN_DAY(Name) = 1|HOUR_IN_DAY() cannot be applied to field Name of type string",
			"SELECT Industry, GROUPING(Industry) FROM Account GROUP BY Industry|GROUPING() needs GROUP BY ROLLUP or GROUP BY CUBE",
			"SELECT Industry, (SELECT Id FROM Contacts) FROM Account GROUP BY Industry|Aggregate queries can only select fields and functions",
			"SELECT Name, (SELECT COUNT(Id) FROM Contacts) FROM Account|Aggregate queries are not supported in a child relationship subquery: Contacts",
			"SELECT Id FROM Account ORDER BY toLabel(Industry)|toLabel() cannot be used in the ORDER BY clause",
			"SELECT Id FROM Account WHERE convertCurrency(AnnualRevenue) > 5|convertCurrency() cannot be used in the WHERE clause",
			"SELECT Id FROM Account WHERE COUNT(Id) > 5|Aggregate functions are not allowed in the WHERE clause (filter groups with HAVING): COUNT(Id)",
			"SELECT Id FROM Account ORDER BY COUNT(Id)|Aggregate functions are not allowed in the ORDER BY clause of a query without GROUP BY: COUNT(Id)",
			"SELECT convertCurrency(Name) FROM Account|convertCurrency can only be applied to a currency field: Name",
			"SELECT Name, COUNT(Id) FROM Account GROUP BY Name ORDER BY Industry|Field must be grouped or aggregated: Industry",
			"SELECT Id FROM Account WHERE Name = :name|Bind variables are only allowed in Apex code: Name" })
	void invalidShapesAreMalformed(String soql, String message) {
		assertRefused(soql, "MALFORMED_QUERY", message);
	}

	@Test
	void shapesTheParserRefusesAreRefusedInTreesBuiltByCode() {
		Select semiJoin = SoqlParser.parse("SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact)");
		Condition byName = SoqlParser.parse("SELECT Name FROM Account WHERE Name = 'x'").where();
		assertRefused(withWhere(semiJoin, new Condition.Or(List.of(semiJoin.where(), byName))), "MALFORMED_QUERY",
				"Semi join sub-selects are not allowed with the 'OR' operator");
		Select inner = ((Operand.SubSelect) ((Condition.Comparison) semiJoin.where()).right()).select();
		Condition nested = new Condition.Comparison(FieldPath.of("Id"), ComparisonOperator.IN,
				new Operand.SubSelect(withWhere(inner, semiJoin.where())));
		assertRefused(withWhere(semiJoin, nested), "MALFORMED_QUERY", "Nesting of semi join sub-selects is not supported");
		Select sixLevels = new Select(List.of(new SelectItem.Field(FieldPath.of("Parent.Parent.Parent.Parent.Parent.Parent.Name"),
				null)), From.of("Account"), null, null, null, null, null, List.of(), null, null, null, null, false, false);
		assertRefused(sixLevels, "MALFORMED_QUERY", "A field path can follow at most 5 levels of parent relationships: "
				+ "Parent.Parent.Parent.Parent.Parent.Parent.Name");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"SELECT Id FROM Account WHERE Description = 'x'|field 'Description' can not be filtered in a query call",
			"SELECT Id FROM Account ORDER BY Regions__c|field 'Regions__c' can not be sorted in a query call",
			"SELECT AnnualRevenue, COUNT(Id) FROM Account GROUP BY AnnualRevenue|field 'AnnualRevenue' can not be grouped in a query call" })
	void describeFlagsForbidFilteringSortingGrouping(String soql, String message) {
		assertRefused(soql, "INVALID_FIELD", message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"SELECT Id FROM Account WHERE NumberOfEmployees = 'many'|value of filter criterion for field 'NumberOfEmployees' must be of type integer and should not be enclosed in quotes",
			"SELECT Id FROM Account WHERE Name = 5|value of filter criterion for field 'Name' must be of type string and should be enclosed in quotes",
			"SELECT Id FROM Account WHERE Active__c = 'true'|value of filter criterion for field 'Active__c' must be of type boolean and should not be enclosed in quotes",
			"SELECT Id FROM Contact WHERE Birthdate = 2020-01-01T00:00:00Z|value of filter criterion for field 'Birthdate' must be of type date and should not be enclosed in quotes",
			"SELECT Id FROM Account WHERE Id = 'nope'|invalid ID field: nope",
			"SELECT Id FROM Account WHERE Industry INCLUDES ('Energy')|includes or excludes operator only valid on multipicklist field",
			"SELECT Id FROM Account WHERE NumberOfEmployees LIKE '1%'|invalid operator on integer field: LIKE" })
	void filterValuesMustSuitTheField(String soql, String message) {
		assertRefused(soql, "INVALID_QUERY_FILTER_OPERATOR", message);
	}

	@Test
	void offsetAbove2000IsOutsideTheValidRange() {
		assertRefused("SELECT Id FROM Account OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE",
				"Maximum SOQL offset allowed is 2000");
		assertThat(Queries.run("SELECT Id FROM Account OFFSET 2000").totalSize()).isZero();
	}

	@Test
	void validationHappensBeforeAnyRowIsRead() {
		TestOrg org = DemoOrg.create();
		SoqlEvaluator evaluator = new SoqlEvaluator(org, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> evaluator.evaluate(SoqlParser.parse(
				"SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact) ORDER BY Bacon__c"), false));
		assertThat(org.rowsCalls + org.rowCalls + org.childrenCalls).isZero();
	}

	private static void assertRefused(String soql, String errorCode, String message) {
		assertRefused(SoqlParser.parse(soql), errorCode, message);
	}

	private static void assertRefused(Select select, String errorCode, String message) {
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> Queries.EVALUATOR.evaluate(select, false))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(errorCode));
	}

	private static Select withWhere(Select select, Condition where) {
		return new Select(select.items(), select.from(), select.scope(), where, select.with(), select.groupBy(),
				select.having(), select.orderBy(), select.limit(), select.offset(), select.forClause(), select.update(),
				select.forUpdate(), select.allRows());
	}

}
