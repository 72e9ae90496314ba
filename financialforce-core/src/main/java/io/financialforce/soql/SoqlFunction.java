package io.financialforce.soql;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The functions of SOQL, with their documented spelling. Names are matched case-insensitively.
 */
public enum SoqlFunction {

	/** {@code COUNT()} or {@code COUNT(field)}. */
	COUNT("COUNT", Kind.AGGREGATE),
	/** {@code COUNT_DISTINCT(field)}. */
	COUNT_DISTINCT("COUNT_DISTINCT", Kind.AGGREGATE),
	/** {@code SUM(field)}. */
	SUM("SUM", Kind.AGGREGATE),
	/** {@code AVG(field)}. */
	AVG("AVG", Kind.AGGREGATE),
	/** {@code MIN(field)}. */
	MIN("MIN", Kind.AGGREGATE),
	/** {@code MAX(field)}. */
	MAX("MAX", Kind.AGGREGATE),
	/** {@code GROUPING(field)}: whether a row is a subtotal of {@code ROLLUP}/{@code CUBE}. */
	GROUPING("GROUPING", Kind.AGGREGATE),
	/** {@code CALENDAR_MONTH(date)}. */
	CALENDAR_MONTH("CALENDAR_MONTH", Kind.DATE),
	/** {@code CALENDAR_QUARTER(date)}. */
	CALENDAR_QUARTER("CALENDAR_QUARTER", Kind.DATE),
	/** {@code CALENDAR_YEAR(date)}. */
	CALENDAR_YEAR("CALENDAR_YEAR", Kind.DATE),
	/** {@code DAY_IN_MONTH(date)}. */
	DAY_IN_MONTH("DAY_IN_MONTH", Kind.DATE),
	/** {@code DAY_IN_WEEK(date)}: 1 is Sunday. */
	DAY_IN_WEEK("DAY_IN_WEEK", Kind.DATE),
	/** {@code DAY_IN_YEAR(date)}. */
	DAY_IN_YEAR("DAY_IN_YEAR", Kind.DATE),
	/** {@code DAY_ONLY(datetime)}. */
	DAY_ONLY("DAY_ONLY", Kind.DATE),
	/** {@code FISCAL_MONTH(date)}. */
	FISCAL_MONTH("FISCAL_MONTH", Kind.DATE),
	/** {@code FISCAL_QUARTER(date)}. */
	FISCAL_QUARTER("FISCAL_QUARTER", Kind.DATE),
	/** {@code FISCAL_YEAR(date)}. */
	FISCAL_YEAR("FISCAL_YEAR", Kind.DATE),
	/** {@code HOUR_IN_DAY(datetime)}. */
	HOUR_IN_DAY("HOUR_IN_DAY", Kind.DATE),
	/** {@code WEEK_IN_MONTH(date)}. */
	WEEK_IN_MONTH("WEEK_IN_MONTH", Kind.DATE),
	/** {@code WEEK_IN_YEAR(date)}. */
	WEEK_IN_YEAR("WEEK_IN_YEAR", Kind.DATE),
	/** {@code convertTimezone(datetime)}, only inside a date function. */
	CONVERT_TIMEZONE("convertTimezone", Kind.FORMAT),
	/** {@code toLabel(field)}: the translated label of a picklist value. */
	TO_LABEL("toLabel", Kind.FORMAT),
	/** {@code convertCurrency(field)}: the amount in the user's currency. */
	CONVERT_CURRENCY("convertCurrency", Kind.FORMAT),
	/** {@code FORMAT(field)}: the value formatted for the user's locale. */
	FORMAT("FORMAT", Kind.FORMAT),
	/** {@code DISTANCE(location, GEOLOCATION(lat, lon), 'mi'|'km')}. */
	DISTANCE("DISTANCE", Kind.LOCATION),
	/** {@code GEOLOCATION(latitude, longitude)}. */
	GEOLOCATION("GEOLOCATION", Kind.LOCATION);

	private static final Map<String, SoqlFunction> BY_NAME = Stream.of(values())
		.collect(Collectors.toUnmodifiableMap((function) -> function.soqlName.toUpperCase(Locale.ROOT),
				Function.identity()));

	private final String soqlName;

	private final Kind kind;

	SoqlFunction(String soqlName, Kind kind) {
		this.soqlName = soqlName;
		this.kind = kind;
	}

	/**
	 * The documented spelling, used when rendering.
	 * @return e.g. {@code COUNT} or {@code toLabel}
	 */
	public String soqlName() {
		return this.soqlName;
	}

	/**
	 * What sort of function this is.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Whether this is an aggregate function ({@code COUNT}, {@code SUM}, ...).
	 * @return {@code true} for aggregates
	 */
	public boolean isAggregate() {
		return this.kind == Kind.AGGREGATE;
	}

	/**
	 * The function with that name, in any case.
	 * @param name a function name as written
	 * @return the function, or {@code null} if SOQL has none of that name
	 */
	public static @Nullable SoqlFunction byName(String name) {
		return BY_NAME.get(name.toUpperCase(Locale.ROOT));
	}

	/**
	 * Sorts of SOQL functions.
	 */
	public enum Kind {

		/** Aggregates over a group of rows. */
		AGGREGATE,
		/** Date and time parts. */
		DATE,
		/** Presentation of a value: labels, currency, locale format, time zone. */
		FORMAT,
		/** Geolocation. */
		LOCATION

	}

}
