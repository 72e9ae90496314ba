package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.column;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.financialforce.soql.SoqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date literals, relative date ranges and date functions. Today is Sunday 2026-03-15 in New York; the expected
 * ranges below are written out from the calendar.
 */
class SoqlEvaluatorDateTests {

	private static final String INVOICE = DemoOrg.INVOICE;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "= TODAY, 2026-03-15, 2026-03-16", "= YESTERDAY, 2026-03-14, 2026-03-15",
			"= TOMORROW, 2026-03-16, 2026-03-17", "= THIS_WEEK, 2026-03-15, 2026-03-22",
			"= LAST_WEEK, 2026-03-08, 2026-03-15", "= THIS_MONTH, 2026-03-01, 2026-04-01",
			"= LAST_MONTH, 2026-02-01, 2026-03-01", "= THIS_QUARTER, 2026-01-01, 2026-04-01",
			"= NEXT_QUARTER, 2026-04-01, 2026-07-01", "= LAST_QUARTER, 2025-10-01, 2026-01-01",
			"= LAST_YEAR, 2025-01-01, 2026-01-01", "= THIS_YEAR, 2026-01-01, 2027-01-01",
			"= LAST_N_DAYS:14, 2026-03-01, 2026-03-16", "= NEXT_N_DAYS:7, 2026-03-16, 2026-03-23",
			"= N_DAYS_AGO:14, 2026-03-01, 2026-03-02", "= N_MONTHS_AGO:1, 2026-02-01, 2026-03-01",
			"= LAST_N_MONTHS:2, 2026-01-01, 2026-03-01", "= NEXT_N_MONTHS:2, 2026-04-01, 2026-06-01",
			"= LAST_N_WEEKS:1, 2026-03-08, 2026-03-15", "= N_YEARS_AGO:1, 2025-01-01, 2026-01-01",
			"= LAST_90_DAYS, 2025-12-15, 2026-03-16", "= THIS_FISCAL_YEAR, 2026-01-01, 2027-01-01",
			"= LAST_N_QUARTERS:1, 2025-10-01, 2026-01-01",
			"< THIS_MONTH, 0001-01-01, 2026-03-01", "<= THIS_MONTH, 0001-01-01, 2026-04-01",
			"> LAST_MONTH, 2026-03-01, 9999-01-01", ">= LAST_MONTH, 2026-02-01, 9999-01-01",
"= 2026-03-01, 2026-03-01, 2026-03-02",
			"> 2026-03-14, 2026-03-15, 9999-01-01" })
	void relativeDateLiteralsAreRangesOfDays(String filter, LocalDate start, LocalDate end) {
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE c2g__InvoiceDate__c " + filter, "Name"))
			.isEqualTo(expectedNames(start, end));
	}

	@Test
	void notEqualsRelativeDateIsOutsideTheRange() {
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE c2g__InvoiceDate__c != THIS_MONTH", "Name"))
			.isEqualTo(expected(INVOICE, (row) -> ((LocalDate) row.get("c2g__InvoiceDate__c")).getMonthValue() != 3
					|| ((LocalDate) row.get("c2g__InvoiceDate__c")).getYear() != 2026, "Name"));
	}

	@Test
	void inListsMixDatesAndRelativeDates() {
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE c2g__InvoiceDate__c IN (2025-12-31, TOMORROW, "
				+ "LAST_MONTH)", "Name"))
			.isEqualTo(expected(INVOICE, (row) -> {
				LocalDate date = (LocalDate) row.get("c2g__InvoiceDate__c");
				return date.equals(LocalDate.of(2025, 12, 31)) || date.equals(LocalDate.of(2026, 3, 16))
						|| within(date, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
			}, "Name"));
	}

	@Test
	void fiscalLiteralsFollowTheFiscalYearStartMonth() {
		SoqlEvaluator february = new SoqlEvaluator(Queries.ORG, DemoOrg.CLOCK, DemoOrg.ZONE, 2, "64.0");
		assertThat(names(february, "c2g__InvoiceDate__c = THIS_FISCAL_QUARTER"))
			.isEqualTo(expectedNames(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)));
		assertThat(names(february, "c2g__InvoiceDate__c = LAST_FISCAL_QUARTER"))
			.isEqualTo(expectedNames(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1)));
		assertThat(names(february, "c2g__InvoiceDate__c = THIS_FISCAL_YEAR"))
			.isEqualTo(expectedNames(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1)));
		assertThat(names(february, "FISCAL_YEAR(c2g__InvoiceDate__c) = 2027 AND FISCAL_MONTH(c2g__InvoiceDate__c) = 2"))
			.isEqualTo(expectedNames(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
		assertThat(names(february, "FISCAL_QUARTER(c2g__InvoiceDate__c) = 4"))
			.isEqualTo(expectedNames(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1)));
	}

	@Test
	void dateLiteralsAgainstDateTimesUseTheUsersDay() {
		// Acme was created 2026-03-15T03:30Z, which is 23:30 on the 14th in New York
		assertThat(column("SELECT Name FROM Account WHERE CreatedDate = TODAY", "Name")).isEmpty();
		assertThat(column("SELECT Name FROM Account WHERE CreatedDate = YESTERDAY", "Name")).containsExactly("Acme");
		assertThat(column("SELECT Name FROM Account WHERE CreatedDate = 2026-03-14", "Name")).containsExactly("Acme");
		assertThat(column("SELECT Name FROM Account WHERE CreatedDate = LAST_N_DAYS:7", "Name"))
			.containsExactly("Acme", "acme labs");
	}

	@Test
	void dateTimeLiteralsCompareInstants() {
		Instant cut = Instant.parse("2026-03-10T12:00:00Z");
		assertThat(column("SELECT Name FROM Account WHERE CreatedDate >= 2026-03-10T08:00:00-04:00", "Name"))
			.isEqualTo(expected("Account", (row) -> !((Instant) row.get("CreatedDate")).isBefore(cut), "Name"));
	}

	@Test
	void dateFunctionsInWhere() {
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE CALENDAR_YEAR(c2g__InvoiceDate__c) = 2025", "Name"))
			.isEqualTo(expected(INVOICE, (row) -> ((LocalDate) row.get("c2g__InvoiceDate__c")).getYear() == 2025,
					"Name"));
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE DAY_IN_WEEK(c2g__InvoiceDate__c) = 1", "Name"))
			.isEqualTo(expected(INVOICE, (row) -> ((LocalDate) row.get("c2g__InvoiceDate__c"))
				.getDayOfWeek() == DayOfWeek.SUNDAY, "Name"))
			.hasSize(3);
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE CALENDAR_MONTH(c2g__InvoiceDate__c) IN (2, 5)",
				"Name"))
			.isEqualTo(expected(INVOICE, (row) -> List.of(2, 5)
				.contains(((LocalDate) row.get("c2g__InvoiceDate__c")).getMonthValue()), "Name"));
	}

	@Test
	void dateFunctionsReadDateTimesInUtcUnlessConvertTimezone() {
		assertThat(column("SELECT Name FROM Account WHERE HOUR_IN_DAY(CreatedDate) = 3", "Name"))
			.isEqualTo(expected("Account",
					(row) -> ((Instant) row.get("CreatedDate")).atZone(ZoneOffset.UTC).getHour() == 3, "Name"));
		assertThat(column("SELECT Name FROM Account WHERE HOUR_IN_DAY(convertTimezone(CreatedDate)) = 23", "Name"))
			.isEqualTo(expected("Account",
					(row) -> ((Instant) row.get("CreatedDate")).atZone(DemoOrg.ZONE).getHour() == 23, "Name"));
		assertThat(column("SELECT Name FROM Account WHERE DAY_ONLY(CreatedDate) = 2026-03-15", "Name"))
			.containsExactly("Acme");
		assertThat(column("SELECT Name FROM Account WHERE DAY_ONLY(convertTimezone(CreatedDate)) = 2026-03-14",
				"Name"))
			.containsExactly("Acme");
	}

	@Test
	void dateFunctionsInSelectWhenGrouped() {
		List<Map<String, Object>> records = records("SELECT DAY_IN_YEAR(c2g__InvoiceDate__c), "
				+ "WEEK_IN_YEAR(c2g__InvoiceDate__c), WEEK_IN_MONTH(c2g__InvoiceDate__c) wm, "
				+ "CALENDAR_QUARTER(c2g__InvoiceDate__c), DAY_IN_MONTH(c2g__InvoiceDate__c) FROM " + INVOICE
				+ " WHERE Name = 'SIN001' GROUP BY DAY_IN_YEAR(c2g__InvoiceDate__c), WEEK_IN_YEAR(c2g__InvoiceDate__c), "
				+ "WEEK_IN_MONTH(c2g__InvoiceDate__c), CALENDAR_QUARTER(c2g__InvoiceDate__c), "
				+ "DAY_IN_MONTH(c2g__InvoiceDate__c)");
		// 2026-03-15 is day 74 of the year: week 11 (weeks from January 1st), third week of March
		assertThat(records).singleElement().satisfies((record) -> assertThat(record).containsEntry("expr0", 74)
			.containsEntry("expr1", 11).containsEntry("wm", 3).containsEntry("expr2", 1).containsEntry("expr3", 15));
	}

	@Test
	void groupsByCalendarMonth() {
		List<Map<String, Object>> records = records("SELECT CALENDAR_MONTH(c2g__InvoiceDate__c), COUNT(Id) FROM "
				+ INVOICE + " WHERE CALENDAR_YEAR(c2g__InvoiceDate__c) = 2026 GROUP BY CALENDAR_MONTH(c2g__InvoiceDate__c)"
				+ " ORDER BY CALENDAR_MONTH(c2g__InvoiceDate__c)");
		assertThat(records).extracting((record) -> List.of(record.get("expr0"), record.get("expr1")))
			.containsExactly(List.of(2, 1), List.of(3, 5), List.of(5, 1));
	}

	@Test
	void groupsDateTimesByDateFunctionsThoughTheFieldIsNotGroupable() {
		List<Map<String, Object>> records = records("SELECT CALENDAR_YEAR(CreatedDate) y, COUNT(Id) n FROM Account "
				+ "GROUP BY CALENDAR_YEAR(CreatedDate) ORDER BY CALENDAR_YEAR(CreatedDate) DESC");
		Map<Integer, Long> expected = new TreeMap<>(Comparator.reverseOrder());
		expected("Account", (row) -> true).forEach((row) -> expected
			.merge(((Instant) row.get("CreatedDate")).atZone(ZoneOffset.UTC).getYear(), 1L, Long::sum));
		assertThat(records).extracting((record) -> List.of(record.get("y"), ((Integer) record.get("n")).longValue()))
			.isEqualTo(expected.entrySet().stream().map((entry) -> List.<Object>of(entry.getKey(), entry.getValue()))
				.toList());
	}

	private static List<Object> names(SoqlEvaluator evaluator, String where) {
		return evaluator.evaluate(SoqlParser.parse("SELECT Name FROM " + INVOICE + " WHERE " + where), false)
			.page(0, 100)
			.stream()
			.map((record) -> record.get("Name"))
			.toList();
	}

	private static List<Object> expectedNames(LocalDate start, LocalDate end) {
		return expected(INVOICE, (row) -> within((LocalDate) row.get("c2g__InvoiceDate__c"), start, end), "Name");
	}

	private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
		return !date.isBefore(start) && date.isBefore(end);
	}

}
