package io.financialforce.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.SalesforceIds;
import io.financialforce.emulator.query.QueryException;
import io.financialforce.emulator.query.QueryResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code query}, {@code queryAll} and {@code query/{locator}}: runs SOQL through a {@link QueryEngine} and pages the
 * result ({@code Sforce-Query-Options: batchSize=N}, 200 to 2000, default 2000) with {@code nextRecordsUrl} cursors
 * of the form {@code {locator}-{offset}}.
 */
public final class QueryApi {

	/** The default and largest batch size. */
	public static final int MAX_BATCH = 2000;

	private static final int MIN_BATCH = 200;

	private static final int MAX_CURSORS = 1000;

	private static final Logger logger = LoggerFactory.getLogger(QueryApi.class);

	private final OrgStore store;

	private final QueryEngine engine;

	private final AtomicLong cursorSequence = new AtomicLong();

	private final Map<String, Cursor> cursors = new LinkedHashMap<>(16, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
			return size() > MAX_CURSORS;
		}

	};

	/**
	 * The query endpoints.
	 * @param store the store, read under its lock
	 * @param engine parses and evaluates SOQL
	 */
	public QueryApi(OrgStore store, QueryEngine engine) {
		this.store = store;
		this.engine = engine;
	}

	ApiResponse handle(ApiRequest request) {
		List<String> path = request.segments();
		boolean all = "queryAll".equals(path.get(0));
		QueryPageJson json = new QueryPageJson(request.base());
		if (path.size() == 2) {
			return next(path.get(1), (page) -> ApiResponse.streamedJson(200, (generator) -> json.write(generator, page)));
		}
		if (path.size() > 2) {
			throw ApiException.notFound();
		}
		String soql = request.query().get("q");
		if (soql == null || soql.isBlank()) {
			throw ApiException.badRequest("MALFORMED_QUERY", "A query string must be provided.");
		}
		int batchSize = batchSize(request.header("Sforce-Query-Options"));
		logger.debug("{} (batch size {}): {}", all ? "queryAll" : "query", batchSize, soql);
		return first(soql, all, request.version(), batchSize,
				(page) -> ApiResponse.streamedJson(200, (generator) -> json.write(generator, page)));
	}

	/**
	 * Runs a query and renders its first page under the store's read lock; shared by REST and SOAP.
	 * @param soql the SOQL text
	 * @param all whether deleted rows are seen
	 * @param version the API version of the request
	 * @param batchSize the page size
	 * @param render renders the page
	 * @param <T> the rendered type
	 * @return the rendered page
	 * @throws ApiException {@code MALFORMED_QUERY} and the other query errors
	 */
	<T> T first(String soql, boolean all, String version, int batchSize, Function<Page, T> render) {
		return this.store.read(() -> {
			QueryResult result;
			try {
				result = this.engine.execute(soql, all, version);
			}
			catch (QueryException ex) {
				throw ApiException.badRequest(ex.errorCode(), describe(soql, ex));
			}
			return render.apply(page(new Cursor(result, batchSize, version), null, 0));
		});
	}

	/**
	 * Renders the page at a cursor of the form {@code {locator}-{offset}}; shared by REST and SOAP.
	 * @param locatorAndOffset the cursor
	 * @param render renders the page
	 * @param <T> the rendered type
	 * @return the rendered page
	 * @throws ApiException {@code INVALID_QUERY_LOCATOR} for an unknown cursor
	 */
	<T> T next(String locatorAndOffset, Function<Page, T> render) {
		int dash = locatorAndOffset.lastIndexOf('-');
		Cursor cursor;
		int offset;
		synchronized (this.cursors) {
			cursor = (dash > 0) ? this.cursors.get(locatorAndOffset.substring(0, dash)) : null;
		}
		try {
			offset = (dash > 0) ? Integer.parseInt(locatorAndOffset.substring(dash + 1)) : -1;
		}
		catch (NumberFormatException ex) {
			offset = -1;
		}
		if (cursor == null || offset < 0) {
			throw ApiException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
		}
		Cursor found = cursor;
		int from = offset;
		return this.store.read(() -> render.apply(page(found, locatorAndOffset.substring(0, dash), from)));
	}

	private Page page(Cursor cursor, @Nullable String locator, int offset) {
		List<Map<String, Object>> records = cursor.result.page(offset, cursor.batchSize);
		int total = cursor.result.totalSize();
		boolean done = records.size() < cursor.batchSize || offset + records.size() >= total;
		String next = null;
		if (!done) {
			String id = locator;
			if (id == null) {
				id = SalesforceIds.id("01g", this.cursorSequence.incrementAndGet()).substring(0, 15);
				synchronized (this.cursors) {
					this.cursors.put(id, cursor);
				}
			}
			next = id + "-" + (offset + records.size());
		}
		return new Page(records, total, next, cursor.version);
	}

	/**
	 * The org's error message shape: the query, a caret under the position, the row and column, then the message.
	 */
	static String describe(String soql, QueryException ex) {
		int line;
		int column;
		if (ex instanceof PositionedQueryException positioned) {
			line = positioned.line();
			column = positioned.column();
		}
		else {
			int quote = ex.getMessage().indexOf('\'');
			int end = (quote >= 0) ? ex.getMessage().indexOf('\'', quote + 1) : -1;
			int at = (end > quote + 1) ? soql.toLowerCase(java.util.Locale.ROOT)
				.indexOf(ex.getMessage().substring(quote + 1, end).toLowerCase(java.util.Locale.ROOT)) : -1;
			if (at < 0 || soql.indexOf('\n') >= 0) {
				return ex.getMessage();
			}
			line = 1;
			column = at + 1;
		}
		String[] lines = soql.split("\r?\n|\r", -1);
		String text = (line >= 1 && line <= lines.length) ? lines[line - 1] : soql;
		return "\n" + text + "\n" + " ".repeat(Math.max(0, column - 1)) + "^\nERROR at Row:" + line + ":Column:"
				+ column + "\n" + ex.getMessage();
	}

	static int batchSize(@Nullable String options) {
		if (options == null) {
			return MAX_BATCH;
		}
		for (String option : options.split("[;,]")) {
			String[] pair = option.trim().split("=", 2);
			if (pair.length == 2 && "batchSize".equalsIgnoreCase(pair[0].trim())) {
				try {
					return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Integer.parseInt(pair[1].trim())));
				}
				catch (NumberFormatException ex) {
					return MAX_BATCH;
				}
			}
		}
		return MAX_BATCH;
	}

	/**
	 * Parses and evaluates SOQL.
	 */
	@FunctionalInterface
	public interface QueryEngine {

		/**
		 * Runs a query.
		 * @param soql the SOQL text
		 * @param includeDeleted whether deleted rows are seen ({@code queryAll})
		 * @param apiVersion the API version of the request, e.g. {@code 60.0}
		 * @return the result
		 * @throws QueryException for a query the org refuses
		 */
		QueryResult execute(String soql, boolean includeDeleted, String apiVersion);

	}

	private record Cursor(QueryResult result, int batchSize, String version) {
	}

	/**
	 * One page of a query result.
	 * @param records the rows, as the evaluator returns them
	 * @param totalSize the size of the whole result
	 * @param next the cursor of the next page ({@code {locator}-{offset}}), {@code null} when done
	 * @param version the API version the query ran at
	 */
	record Page(List<Map<String, Object>> records, int totalSize, @Nullable String next, String version) {

		boolean done() {
			return this.next == null;
		}

	}

}
