package io.financialforce.soql;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The relative date literals of SOQL. The {@code :n} forms ({@link #takesNumber()}) carry a number, e.g.
 * {@code LAST_N_DAYS:30}.
 */
public enum RelativeDate {

	/** Yesterday. */
	YESTERDAY(false),
	/** Today. */
	TODAY(false),
	/** Tomorrow. */
	TOMORROW(false),
	/** The previous week. */
	LAST_WEEK(false),
	/** The current week. */
	THIS_WEEK(false),
	/** The next week. */
	NEXT_WEEK(false),
	/** The previous month. */
	LAST_MONTH(false),
	/** The current month. */
	THIS_MONTH(false),
	/** The next month. */
	NEXT_MONTH(false),
	/** The 90 days up to and including today. */
	LAST_90_DAYS(false),
	/** The 90 days after today. */
	NEXT_90_DAYS(false),
	/** The previous quarter. */
	LAST_QUARTER(false),
	/** The current quarter. */
	THIS_QUARTER(false),
	/** The next quarter. */
	NEXT_QUARTER(false),
	/** The previous year. */
	LAST_YEAR(false),
	/** The current year. */
	THIS_YEAR(false),
	/** The next year. */
	NEXT_YEAR(false),
	/** The previous fiscal quarter. */
	LAST_FISCAL_QUARTER(false),
	/** The current fiscal quarter. */
	THIS_FISCAL_QUARTER(false),
	/** The next fiscal quarter. */
	NEXT_FISCAL_QUARTER(false),
	/** The previous fiscal year. */
	LAST_FISCAL_YEAR(false),
	/** The current fiscal year. */
	THIS_FISCAL_YEAR(false),
	/** The next fiscal year. */
	NEXT_FISCAL_YEAR(false),
	/** The last n days up to and including today. */
	LAST_N_DAYS(true),
	/** The next n days after today. */
	NEXT_N_DAYS(true),
	/** The day n days ago. */
	N_DAYS_AGO(true),
	/** The last n weeks. */
	LAST_N_WEEKS(true),
	/** The next n weeks. */
	NEXT_N_WEEKS(true),
	/** The week n weeks ago. */
	N_WEEKS_AGO(true),
	/** The last n months. */
	LAST_N_MONTHS(true),
	/** The next n months. */
	NEXT_N_MONTHS(true),
	/** The month n months ago. */
	N_MONTHS_AGO(true),
	/** The last n quarters. */
	LAST_N_QUARTERS(true),
	/** The next n quarters. */
	NEXT_N_QUARTERS(true),
	/** The quarter n quarters ago. */
	N_QUARTERS_AGO(true),
	/** The last n years. */
	LAST_N_YEARS(true),
	/** The next n years. */
	NEXT_N_YEARS(true),
	/** The year n years ago. */
	N_YEARS_AGO(true),
	/** The last n fiscal quarters. */
	LAST_N_FISCAL_QUARTERS(true),
	/** The next n fiscal quarters. */
	NEXT_N_FISCAL_QUARTERS(true),
	/** The fiscal quarter n fiscal quarters ago. */
	N_FISCAL_QUARTERS_AGO(true),
	/** The last n fiscal years. */
	LAST_N_FISCAL_YEARS(true),
	/** The next n fiscal years. */
	NEXT_N_FISCAL_YEARS(true),
	/** The fiscal year n fiscal years ago. */
	N_FISCAL_YEARS_AGO(true);

	private final boolean takesNumber;

	RelativeDate(boolean takesNumber) {
		this.takesNumber = takesNumber;
	}

	/**
	 * Whether this literal is written with a number, as in {@code LAST_N_DAYS:30}.
	 * @return {@code true} for the {@code :n} forms
	 */
	public boolean takesNumber() {
		return this.takesNumber;
	}

	/**
	 * The literal of that name, in any case.
	 * @param name a name as written, without any {@code :n}
	 * @return the literal, or {@code null} if there is none of that name
	 */
	public static @Nullable RelativeDate byName(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
