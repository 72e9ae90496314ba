package io.financialforce.emulator.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import io.financialforce.soql.RelativeDate;
import io.financialforce.soql.SoqlFunction;

/**
 * Date arithmetic of SOQL: relative date literals as day ranges in the user's time zone, and the date functions.
 * Weeks start on Sunday (the {@code en_US} locale); fiscal years start in a configured month and are named after
 * the calendar year in which they end (with a January start, the calendar year).
 */
final class Dates {

	private final LocalDate today;

	private final ZoneId zone;

	private final int fiscalStartMonth;

	Dates(LocalDate today, ZoneId zone, int fiscalStartMonth) {
		this.today = today;
		this.zone = zone;
		this.fiscalStartMonth = fiscalStartMonth;
	}

	ZoneId zone() {
		return this.zone;
	}

	/**
	 * A range of days, start inclusive, end exclusive.
	 */
	record DayRange(LocalDate start, LocalDate end) {

		Instant startInstant(ZoneId zone) {
			return this.start.atStartOfDay(zone).toInstant();
		}

		Instant endInstant(ZoneId zone) {
			return this.end.atStartOfDay(zone).toInstant();
		}

	}

	DayRange range(RelativeDate literal, Integer n) {
		String name = literal.name();
		switch (name) {
			case "YESTERDAY":
				return days(-1, 1);
			case "TODAY":
				return days(0, 1);
			case "TOMORROW":
				return days(1, 1);
			case "LAST_90_DAYS":
				return new DayRange(this.today.minusDays(90), this.today.plusDays(1));
			case "NEXT_90_DAYS":
				return days(1, 90);
			default:
		}
		if (name.startsWith("LAST_N_")) {
			String unit = name.substring("LAST_N_".length());
			if (unit.equals("DAYS")) {
				// LAST_N_DAYS:n starts n days ago and includes today
				return new DayRange(this.today.minusDays(n), this.today.plusDays(1));
			}
			LocalDate start = periodStart(unit);
			return new DayRange(plus(unit, start, -n), start);
		}
		if (name.startsWith("NEXT_N_")) {
			String unit = name.substring("NEXT_N_".length());
			if (unit.equals("DAYS")) {
				return days(1, n);
			}
			LocalDate start = periodStart(unit);
			return new DayRange(plus(unit, start, 1), plus(unit, start, 1 + n));
		}
		if (name.startsWith("N_") && name.endsWith("_AGO")) {
			String unit = name.substring(2, name.length() - "_AGO".length());
			LocalDate start = periodStart(unit);
			return new DayRange(plus(unit, start, -n), plus(unit, start, 1 - n));
		}
		int underscore = name.indexOf('_');
		String relation = name.substring(0, underscore);
		String unit = name.substring(underscore + 1) + "S";
		LocalDate start = periodStart(unit);
		int shift = switch (relation) {
			case "LAST" -> -1;
			case "NEXT" -> 1;
			default -> 0;
		};
		return new DayRange(plus(unit, start, shift), plus(unit, start, shift + 1));
	}

	private DayRange days(int from, int count) {
		return new DayRange(this.today.plusDays(from), this.today.plusDays(from + count));
	}

	private LocalDate periodStart(String unit) {
		return switch (unit) {
			case "DAYS" -> this.today;
			case "WEEKS" -> this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
			case "MONTHS" -> this.today.withDayOfMonth(1);
			case "QUARTERS" -> LocalDate.of(this.today.getYear(), (this.today.getMonthValue() - 1) / 3 * 3 + 1, 1);
			case "YEARS" -> this.today.withDayOfYear(1);
			case "FISCAL_QUARTERS" -> fiscalQuarterStart(this.today);
			case "FISCAL_YEARS" -> fiscalYearStart(this.today);
			default -> throw new IllegalStateException("Unknown date unit " + unit);
		};
	}

	private static LocalDate plus(String unit, LocalDate date, long amount) {
		return switch (unit) {
			case "DAYS" -> date.plusDays(amount);
			case "WEEKS" -> date.plusWeeks(amount);
			case "MONTHS" -> date.plusMonths(amount);
			case "QUARTERS", "FISCAL_QUARTERS" -> date.plusMonths(3 * amount);
			case "YEARS", "FISCAL_YEARS" -> date.plusYears(amount);
			default -> throw new IllegalStateException("Unknown date unit " + unit);
		};
	}

	private LocalDate fiscalYearStart(LocalDate date) {
		LocalDate start = LocalDate.of(date.getYear(), this.fiscalStartMonth, 1);
		return date.isBefore(start) ? start.minusYears(1) : start;
	}

	private LocalDate fiscalQuarterStart(LocalDate date) {
		return fiscalYearStart(date).plusMonths((fiscalMonth(date) - 1) / 3 * 3);
	}

	private int fiscalMonth(LocalDate date) {
		return (date.getMonthValue() - this.fiscalStartMonth + 12) % 12 + 1;
	}

	/**
	 * A date function applied to a {@code LocalDate} or an {@code Instant}; date-times are read in UTC unless
	 * {@code inUserZone} (from {@code convertTimezone}).
	 * @return an {@code Integer}, or a {@code LocalDate} for {@code DAY_ONLY}
	 */
	Object apply(SoqlFunction function, Object value, boolean inUserZone) {
		LocalDateTime time = (value instanceof Instant instant)
				? LocalDateTime.ofInstant(instant, inUserZone ? this.zone : ZoneOffset.UTC)
				: ((LocalDate) value).atStartOfDay();
		LocalDate date = time.toLocalDate();
		return switch (function) {
			case CALENDAR_MONTH -> date.getMonthValue();
			case CALENDAR_QUARTER -> (date.getMonthValue() - 1) / 3 + 1;
			case CALENDAR_YEAR -> date.getYear();
			case DAY_IN_MONTH -> date.getDayOfMonth();
			case DAY_IN_WEEK -> date.getDayOfWeek().getValue() % 7 + 1;
			case DAY_IN_YEAR -> date.getDayOfYear();
			case DAY_ONLY -> date;
			case FISCAL_MONTH -> fiscalMonth(date);
			case FISCAL_QUARTER -> (fiscalMonth(date) - 1) / 3 + 1;
			case FISCAL_YEAR -> fiscalYearStart(date).getYear() + ((this.fiscalStartMonth == 1) ? 0 : 1);
			case HOUR_IN_DAY -> time.getHour();
			case WEEK_IN_MONTH -> (date.getDayOfMonth() - 1) / 7 + 1;
			case WEEK_IN_YEAR -> (date.getDayOfYear() - 1) / 7 + 1;
			default -> throw new IllegalStateException("Not a date function: " + function);
		};
	}

}
