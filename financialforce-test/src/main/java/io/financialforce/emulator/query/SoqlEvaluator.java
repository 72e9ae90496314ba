package io.financialforce.emulator.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.financialforce.soql.Select;

/**
 * Evaluates SOQL syntax trees over a {@link QueryDataSource} with the semantics of a Salesforce org: the query is
 * first checked against the object metadata (refused with the org's error codes, see {@link QueryException}), then
 * run. Relative date literals and date functions use the clock, the user's time zone and the fiscal year start
 * month. Records are projected lazily, one page at a time.
 * <p>
 * Emulator choices where the org's behaviour is not observable here: rows without {@code ORDER BY} come in the data
 * source's order (by {@code Id = '...'}/{@code Id IN (...)}, in the order of the ids); weeks start on Sunday;
 * fiscal years are named after the calendar year in which they end; date functions read date/time fields in UTC
 * unless wrapped in {@code convertTimezone}, while date literals compared with them use the user's days;
 * {@code convertCurrency} returns amounts unchanged and currency literals ({@code USD5000}) compare by amount;
 * {@code FORMAT} uses the {@code en_US} locale; filters use two-valued logic (a comparison with a null value is
 * false, so {@code !=}, {@code NOT IN}, {@code EXCLUDES} and {@code NOT} match nulls). Messages are the last line of
 * the org's; the HTTP layer adds the query and caret where it knows the position.
 */
public final class SoqlEvaluator {

	private final QueryDataSource data;

	private final Clock clock;

	private final ZoneId zone;

	private final int fiscalYearStartMonth;

	private final String sobjectsUrl;

	/**
	 * An evaluator whose fiscal year starts in January.
	 * @param data the org's metadata and rows
	 * @param clock the org's clock
	 * @param zone the user's time zone
	 * @param apiVersion the API version of record urls, e.g. {@code 64.0}
	 */
	public SoqlEvaluator(QueryDataSource data, Clock clock, ZoneId zone, String apiVersion) {
		this(data, clock, zone, 1, apiVersion);
	}

	/**
	 * An evaluator.
	 * @param data the org's metadata and rows
	 * @param clock the org's clock
	 * @param zone the user's time zone
	 * @param fiscalYearStartMonth the month the fiscal year starts in, 1 (January) to 12
	 * @param apiVersion the API version of record urls, e.g. {@code 64.0}
	 */
	public SoqlEvaluator(QueryDataSource data, Clock clock, ZoneId zone, int fiscalYearStartMonth,
			String apiVersion) {
		this.data = Objects.requireNonNull(data, "'data' must not be null");
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		this.zone = Objects.requireNonNull(zone, "'zone' must not be null");
		if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
			throw new IllegalArgumentException("'fiscalYearStartMonth' must be 1 to 12, not " + fiscalYearStartMonth);
		}
		this.fiscalYearStartMonth = fiscalYearStartMonth;
		Objects.requireNonNull(apiVersion, "'apiVersion' must not be null");
		String version = apiVersion.startsWith("v") ? apiVersion.substring(1) : apiVersion;
		this.sobjectsUrl = "/services/data/v" + version + "/sobjects/";
	}

	/**
	 * Evaluates a query.
	 * @param select the query
	 * @param includeDeleted whether rows in the recycle bin are included ({@code queryAll})
	 * @return the result, whose records are projected when a page is asked for
	 * @throws QueryException when the org would refuse the query ({@code INVALID_TYPE}, {@code INVALID_FIELD},
	 * {@code MALFORMED_QUERY}, {@code INVALID_QUERY_FILTER_OPERATOR}, {@code NUMBER_OUTSIDE_VALID_RANGE})
	 */
	public QueryResult evaluate(Select select, boolean includeDeleted) {
		Objects.requireNonNull(select, "'select' must not be null");
		Dates dates = new Dates(LocalDate.now(this.clock.withZone(this.zone)), this.zone, this.fiscalYearStartMonth);
		QueryPlanner planner = new QueryPlanner(this.data, dates, this.sobjectsUrl, includeDeleted || select.allRows());
		return planner.plan(select).get();
	}

}
