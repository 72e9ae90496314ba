package io.financialforce.soql;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fluent builder: values become literals, names are validated, steps are immutable.
 */
class SoqlBuilderTests {

	@Test
	void buildsAStatement() {
		Select select = Soql.select("Id", "Name", "Account.Owner.Name")
			.from("Contact")
			.where(Soql.field("LastName").eq("O'Brien")
				.and(Soql.field("Birthdate").lt(LocalDate.of(2000, 1, 1)))
				.and(Soql.field("Account.Industry").in("Energy", "Media").or(Soql.field("Email").isNotNull())))
			.orderBy(Soql.asc("LastName"), Soql.desc("CreatedDate"))
			.limit(10)
			.offset(20)
			.build();
		assertThat(select.toSoql()).isEqualTo("SELECT Id, Name, Account.Owner.Name FROM Contact "
				+ "WHERE LastName = 'O\\'Brien' AND Birthdate < 2000-01-01 "
				+ "AND (Account.Industry IN ('Energy', 'Media') OR Email != NULL) "
				+ "ORDER BY LastName ASC, CreatedDate DESC LIMIT 10 OFFSET 20");
		assertThat(SoqlParser.parse(select.toSoql())).isEqualTo(select);
	}

	@Test
	void buildsEveryComparison() {
		Soql.FieldStep amount = Soql.field("Amount");
		assertThat(Soql.select("Id").from("Opportunity").where(Soql.and(amount.eq(1), amount.ne(2), amount.lt(3),
				amount.le(4), amount.gt(5), amount.ge(6), amount.isNull(), amount.notIn(List.of(7, 8)),
				Soql.field("Tags__c").includes("a;b", "c"), Soql.field("Tags__c").excludes("d"),
				Soql.field("Name").startsWith("a_"), Soql.field("Name").endsWith("%"),
				Soql.field("AccountId").in(Soql.select("Id").from("Account").build())))
			.build()
			.toSoql()).isEqualTo("SELECT Id FROM Opportunity WHERE Amount = 1 AND Amount != 2 AND Amount < 3 "
					+ "AND Amount <= 4 AND Amount > 5 AND Amount >= 6 AND Amount = NULL AND Amount NOT IN (7, 8) "
					+ "AND Tags__c INCLUDES ('a;b', 'c') AND Tags__c EXCLUDES ('d') AND Name LIKE 'a\\_%' "
					+ "AND Name LIKE '%\\%' AND AccountId IN (SELECT Id FROM Account)");
	}

	@Test
	void buildsWithFunctionsAndOtherSelectItems() {
		Select select = Soql
			.select(new SelectItem.Field(FunctionCall.of(SoqlFunction.CALENDAR_YEAR, FieldPath.of("CloseDate")), "y"),
					new SelectItem.Fields(SelectItem.FieldsKind.STANDARD))
			.from("Opportunity")
			.where(Soql.field(FunctionCall.of(SoqlFunction.CALENDAR_YEAR, FieldPath.of("CloseDate"))).eq(2024))
			.build();
		assertThat(select.toSoql()).isEqualTo("SELECT CALENDAR_YEAR(CloseDate) y, FIELDS(STANDARD) FROM Opportunity "
				+ "WHERE CALENDAR_YEAR(CloseDate) = 2024");
	}

	@Test
	void buildsACount() {
		assertThat(Soql.select(Soql.count()).from("Account").where(Soql.field("Industry").eq("Energy")).build().toSoql())
			.isEqualTo("SELECT COUNT() FROM Account WHERE Industry = 'Energy'");
	}

	@Test
	void showsAStatementThatCannotBeRenderedWithoutFailing() {
		Select select = Soql.select("Id").from("Account").where(Soql.field("d").eq(LocalDate.of(12345, 1, 1))).build();
		assertThat(select).hasToString("SELECT statement that cannot be rendered: SOQL dates have four-digit years: "
				+ "+12345-01-01");
	}

	@Test
	void extendsAndsAndOrsInsteadOfNesting() {
		Condition a = Soql.field("a").eq(1);
		Condition b = Soql.field("b").eq(2);
		Condition c = Soql.field("c").eq(3);
		assertThat(a.and(b).and(c)).isEqualTo(new Condition.And(List.of(a, b, c)));
		assertThat(a.or(b).or(c)).isEqualTo(new Condition.Or(List.of(a, b, c)));
		assertThat(a.and(b).or(c)).isEqualTo(new Condition.Or(List.of(new Condition.And(List.of(a, b)), c)));
	}

	@Test
	void keepsStepsImmutable() {
		SelectBuilder base = Soql.select("Id").from("Account");
		SelectBuilder limited = base.limit(5);
		SelectBuilder ordered = base.orderBy(Soql.asc("Name"));
		assertThat(base.build().toSoql()).isEqualTo("SELECT Id FROM Account");
		assertThat(limited.build().toSoql()).isEqualTo("SELECT Id FROM Account LIMIT 5");
		assertThat(ordered.orderBy(Soql.desc("Id")).build().toSoql())
			.isEqualTo("SELECT Id FROM Account ORDER BY Name ASC, Id DESC");
		assertThat(ordered.build().toSoql()).isEqualTo("SELECT Id FROM Account ORDER BY Name ASC");
	}

	@Test
	void rejectsNamesThatAreNotSoqlNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.select("Id, Password__c"))
			.withMessageContaining("Invalid SOQL field name 'Id, Password__c'");
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.select("Id").from("Account WHERE Name != null"))
			.withMessageContaining("Invalid SOQL object name");
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.field("Name = 'x' OR Id"))
			.withMessageContaining("Invalid SOQL field name");
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.field("Account..Name"))
			.withMessageContaining("Invalid SOQL field name ''");
	}

	@Test
	void rejectsValuesWithoutALiteral() {
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.field("Name").eq(new StringBuilder("x").chars()))
			.withMessageStartingWith("No SOQL literal for a value of type");
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.field("Name").in(List.of()))
			.withMessage("A value list needs at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> Soql.select("Id").from("A").limit(-1).build())
			.withMessage("LIMIT must not be negative: -1");
	}

}
