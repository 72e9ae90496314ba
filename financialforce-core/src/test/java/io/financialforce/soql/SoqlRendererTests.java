package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The canonical text of trees built in code, and how values are escaped.
 */
class SoqlRendererTests {

	@Test
	void rendersEscapedStringLiteral() {
		assertThat(where(Soql.field("Name").eq("O'Brien \"Jr\" \\ a\nb\rc\td\be\ff")))
			.isEqualTo("Name = 'O\\'Brien \\\"Jr\\\" \\\\ a\\nb\\rc\\td\\be\\ff'");
	}

	@Test
	void rendersOtherControlCharactersAsUnicodeEscapes() {
		assertThat(where(Soql.field("Name").eq("\u0000\u001B\u007F\u0085\u2028\u2029")))
			.isEqualTo("Name = '\\u0000\\u001B\\u007F\\u0085\\u2028\\u2029'");
	}

	@Test
	void rendersPairedSurrogatesRawAndLoneOnesEscaped() {
		assertThat(where(Soql.field("Name").eq("\uD83D\uDE00 \uD83D x\uDE00 \uDE00\uD83D")))
			.isEqualTo("Name = '\uD83D\uDE00 \\uD83D x\\uDE00 \\uDE00\\uD83D'");
	}

	@Test
	void rendersNonAsciiTextRaw() {
		assertThat(where(Soql.field("Name").eq("Zürich 東京 é"))).isEqualTo("Name = 'Zürich 東京 é'");
	}

	@Test
	void rendersLikeEscapesOnlyWhereThePatternAsksForLiteralWildcards() {
		assertThat(where(Soql.field("Name").contains("50%_off\\"))).isEqualTo("Name LIKE '%50\\%\\_off\\\\%'");
		assertThat(where(Soql.field("Name").like(new LikePattern("a%b_c")))).isEqualTo("Name LIKE 'a%b_c'");
		assertThat(where(Soql.field("Name").startsWith("O'B"))).isEqualTo("Name LIKE 'O\\'B%'");
	}

	@Test
	void rendersNumbersAsWrittenWithoutExponent() {
		assertThat(where(Soql.field("Amount").eq(new BigDecimal("1.50")))).isEqualTo("Amount = 1.50");
		assertThat(where(Soql.field("Amount").eq(new BigDecimal("1E+3")))).isEqualTo("Amount = 1000");
		assertThat(where(Soql.field("Amount").eq(1.0e-7))).isEqualTo("Amount = 0.00000010");
		assertThat(where(Soql.field("Amount").eq(-42L))).isEqualTo("Amount = -42");
	}

	@Test
	void rendersTheExtremeDoublesAndRejectsLongerNumbers() {
		for (double extreme : new double[] { Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE }) {
			Select select = Soql.select("Id").from("A").where(Soql.field("x").eq(extreme)).build();
			assertThat(SoqlParser.parse(select.toSoql())).isEqualTo(select);
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Soql.select("Id").from("A").where(Soql.field("x").eq(new BigDecimal("1E+400"))).build()
				.toSoql())
			.withMessage("SOQL has no literal for 1E+400: written out it has more than 400 digits");
	}

	@Test
	void rendersDatesAndDateTimes() {
		assertThat(where(Soql.field("CloseDate").eq(LocalDate.of(24, 2, 29)))).isEqualTo("CloseDate = 0024-02-29");
		assertThat(where(Soql.field("CreatedDate").ge(Instant.parse("2024-01-31T12:34:56Z"))))
			.isEqualTo("CreatedDate >= 2024-01-31T12:34:56Z");
		assertThat(where(Soql.field("CreatedDate").ge(OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 120_000_000,
				ZoneOffset.ofHoursMinutes(-5, -30)))))
			.isEqualTo("CreatedDate >= 2024-01-31T12:34:56.12-05:30");
	}

	@Test
	void rendersAnOffsetWithSecondsAsTheSameInstantInUtc() {
		OffsetDateTime odd = OffsetDateTime.of(LocalDateTime.of(2024, 1, 31, 12, 0, 0),
				ZoneOffset.ofHoursMinutesSeconds(1, 0, 30));
		assertThat(where(Soql.field("CreatedDate").eq(odd))).isEqualTo("CreatedDate = 2024-01-31T10:59:30Z");
	}

	@Test
	void rejectsDatesWithoutAFourDigitYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Soql.select("Id").from("A").where(Soql.field("d").eq(LocalDate.of(10000, 1, 1))).build()
				.toSoql())
			.withMessage("SOQL dates have four-digit years: +10000-01-01");
	}

	@Test
	void rendersKeywordLiteralsInUpperCase() {
		assertThat(where(Soql.field("IsDeleted").eq(false).and(Soql.field("ParentId").isNull())
			.and(Soql.field("CloseDate").eq(new Literal.RelativeDateValue(RelativeDate.LAST_N_DAYS, 7)))
			.and(Soql.field("Amount").gt(new Literal.CurrencyValue("USD", new BigDecimal("5000.5"))))))
			.isEqualTo("IsDeleted = FALSE AND ParentId = NULL AND CloseDate = LAST_N_DAYS:7 AND Amount > USD5000.5");
	}

	@Test
	void parenthesisesNestedAndsAndOrs() {
		Condition a = Soql.field("a").eq(1);
		Condition b = Soql.field("b").eq(2);
		Condition c = Soql.field("c").eq(3);
		assertThat(where(Soql.or(Soql.and(a, b), c))).isEqualTo("(a = 1 AND b = 2) OR c = 3");
		assertThat(where(Soql.and(Soql.or(a, b), Soql.not(Soql.and(b, c)))))
			.isEqualTo("(a = 1 OR b = 2) AND NOT (b = 2 AND c = 3)");
		assertThat(where(Soql.not(Soql.not(a)))).isEqualTo("NOT NOT a = 1");
	}

	@Test
	void rendersEveryClauseInItsPlace() {
		Select select = new Select(
				List.of(new SelectItem.Field(FieldPath.of("Industry"), null),
						new SelectItem.Field(FunctionCall.of(SoqlFunction.COUNT, FieldPath.of("Id")), "n")),
				new From("Account", "a"), FilterScope.MINE_AND_MY_GROUPS, Soql.field("a.Name").ne(null),
				new WithClause.Security(WithClause.SecurityMode.USER_MODE),
				new GroupBy(GroupBy.Type.CUBE, List.of(FieldPath.of("Industry"))),
				Soql.field(FunctionCall.of(SoqlFunction.COUNT, FieldPath.of("Id"))).gt(1),
				List.of(new OrderItem(FieldPath.of("Industry"), OrderItem.Direction.DESC, OrderItem.Nulls.FIRST)), 10, 5,
				ForClause.REFERENCE, UpdateClause.VIEWSTAT, true, true);
		assertThat(select.toSoql()).isEqualTo("SELECT Industry, COUNT(Id) n FROM Account a USING SCOPE mine_and_my_groups "
				+ "WHERE a.Name != NULL WITH USER_MODE GROUP BY CUBE(Industry) HAVING COUNT(Id) > 1 "
				+ "ORDER BY Industry DESC NULLS FIRST LIMIT 10 OFFSET 5 FOR REFERENCE UPDATE VIEWSTAT FOR UPDATE ALL ROWS");
		assertThat(SoqlParser.parse(select.toSoql())).isEqualTo(select);
	}

	@Test
	void refusesToRenderAnUnboundParameter() {
		Select select = SoqlParser.parse("SELECT Id FROM Account WHERE Name = :name");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(select::toSoql)
			.withMessage("Cannot render bind parameter :name as SOQL: the REST API has no bind variables; "
					+ "bind a value first with Select#bind");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> SoqlParser.parse("SELECT Id, (SELECT Id FROM Contacts WHERE Email = ?3) FROM Account")
				.toSoql())
			.withMessageStartingWith("Cannot render bind parameter ?3 as SOQL");
	}

	@Test
	void showsBindParametersInToString() {
		assertThat(SoqlParser.parse("select id from account where name = :name and id in ?2"))
			.hasToString("SELECT id FROM account WHERE name = :name AND id IN ?2");
	}

	private static String where(Condition condition) {
		String soql = Soql.select("Id").from("Account").where(condition).build().toSoql();
		assertThat(soql).startsWith("SELECT Id FROM Account WHERE ");
		return soql.substring("SELECT Id FROM Account WHERE ".length());
	}

}
