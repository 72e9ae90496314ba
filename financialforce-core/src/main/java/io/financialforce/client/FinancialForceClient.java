package io.financialforce.client;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.financialforce.FinancialForceMultipleMatchesException;
import io.financialforce.InvalidFinancialForceApiUsageException;
import io.financialforce.auth.Authenticator;
import io.financialforce.client.observation.ClientOperation;
import io.financialforce.client.observation.FinancialForceObservationContext;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed calls of the Salesforce REST API for one org, over Spring's {@code RestClient}: versions, limits, describe,
 * query with lazy paging, record CRUD, upsert by external id, sObject Collections and composite.
 * <p>
 * The client authenticates lazily through its {@link Authenticator}; when the API answers HTTP 401
 * ({@code INVALID_SESSION_ID}) it re-authenticates once per expiry, however many threads are calling, and replays the
 * call once. Transient failures of calls that are safe to repeat (reads, updates, upserts, deletes — never creates)
 * are retried per its {@link RetryPolicy}. Every failure is thrown as a Spring {@code DataAccessException} that
 * implements {@link io.financialforce.FinancialForceApiFailure}. Thread-safe; build one per org with
 * {@link #builder(Authenticator)}.
 * <p>
 * With an observation registry ({@link FinancialForceClientBuilder#observationRegistry}) each operation is one
 * observation, its retries and session renewal inside; each page of a query is one observation
 * ({@code query}, then {@code queryMore} with the page number); a {@link #describe(String)} answered from the cache
 * is not observed. See {@link io.financialforce.client.observation.FinancialForceObservationDocumentation}.
 */
public final class FinancialForceClient {

	private static final Logger logger = LoggerFactory.getLogger(FinancialForceClient.class);

	private final ApiTransport transport;

	private final SessionHolder sessions;

	private final ClientObservations observations;

	private final ApiPaths paths;

	private final JsonMapper mapper;

	private final CollectionCalls collections;

	private final DescribeCalls describes;

	private final @Nullable Executor prefetchExecutor;

	private final QueryOptions defaultQueryOptions;

	FinancialForceClient(ApiTransport transport, SessionHolder sessions, ClientObservations observations,
			String apiVersion, JsonMapper mapper, @Nullable Executor prefetchExecutor, QueryOptions defaultQueryOptions) {
		this.transport = transport;
		this.sessions = sessions;
		this.observations = observations;
		this.paths = new ApiPaths(apiVersion);
		this.mapper = mapper;
		this.collections = new CollectionCalls(transport, this.paths, mapper);
		this.describes = new DescribeCalls(transport, this.paths, mapper, observations);
		this.prefetchExecutor = prefetchExecutor;
		this.defaultQueryOptions = defaultQueryOptions;
	}

	/**
	 * Starts a builder.
	 * @param authenticator how to obtain sessions
	 * @return the builder
	 */
	public static FinancialForceClientBuilder builder(Authenticator authenticator) {
		return new FinancialForceClientBuilder(authenticator);
	}

	/**
	 * The API version data calls use.
	 * @return the version, for example {@code 65.0}
	 */
	public String apiVersion() {
		return this.paths.version();
	}

	/**
	 * Lists the API versions the org serves ({@code GET /services/data}).
	 * @return the versions, oldest first
	 */
	public List<ApiVersion> versions() {
		return get(ClientOperation.VERSIONS, RequestKind.VERSIONS, "/services/data",
				(in) -> List.of(this.mapper.readValue(in, ApiVersion[].class)));
	}

	/**
	 * Checks that the org serves the configured API version.
	 * @return the version's entry
	 * @throws InvalidFinancialForceApiUsageException if the org does not serve it
	 */
	public ApiVersion checkApiVersion() {
		List<ApiVersion> versions = versions();
		return versions.stream()
			.filter((version) -> version.version().equals(apiVersion()))
			.findFirst()
			.orElseThrow(() -> ApiPaths.invalid("The org does not serve API version " + apiVersion() + "; it serves "
					+ (versions.isEmpty() ? "none"
							: versions.get(0).version() + " to " + versions.get(versions.size() - 1).version())
					+ ". Configure one of those."));
	}

	/**
	 * Reads the org's limits ({@code GET /limits}).
	 * @return the limits by name, for example {@code DailyApiRequests}
	 */
	public Map<String, OrgLimit> limits() {
		return get(ClientOperation.LIMITS, RequestKind.LIMITS, this.paths.path("/limits"), (in) -> {
			Map<String, OrgLimit> limits = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : ApiTransport.tree(this.mapper, in).properties()) {
				if (entry.getValue().has("Max")) {
					limits.put(entry.getKey(), this.mapper.treeToValue(entry.getValue(), OrgLimit.class));
				}
			}
			return limits;
		});
	}

	/**
	 * The org's daily API usage as the latest answer's {@code Sforce-Limit-Info} header reported; costs no call.
	 * @return the usage, empty before the first answer that carried it
	 */
	public Optional<ApiUsage> apiUsage() {
		return Optional.ofNullable(this.transport.apiUsage());
	}

	/**
	 * How many HTTP requests of a kind this client sent (retries and replays included; logins excluded).
	 * @param kind the kind
	 * @return the count
	 */
	public long requestCount(RequestKind kind) {
		return this.transport.count(kind);
	}

	/**
	 * How many times this client re-authenticated after the API rejected its session.
	 * @return the count
	 */
	public long sessionRenewals() {
		return this.sessions.renewals();
	}

	/**
	 * Describes all objects the user can see ({@code GET /sobjects}).
	 * @return the global describe
	 */
	public GlobalDescription describeGlobal() {
		return this.describes.global();
	}

	/**
	 * Describes an object; the first call per object fetches, later calls use the client's cache.
	 * @param sObject the object's API name
	 * @return the describe
	 */
	public SObjectDescription describe(String sObject) {
		return this.describes.describe(sObject);
	}

	/**
	 * Describes an object again, sending {@code If-Modified-Since} when cached: an HTTP 304 keeps the cached describe.
	 * @param sObject the object's API name
	 * @return the current describe
	 */
	public SObjectDescription refreshDescription(String sObject) {
		return this.describes.refresh(sObject);
	}

	/**
	 * Runs a SOQL query with the default options, each record as an {@link ObjectNode}.
	 * @param soql the query
	 * @return the rows, paged lazily
	 */
	public QueryCursor<ObjectNode> query(String soql) {
		return query(soql, RecordReader.objectNode(), this.defaultQueryOptions);
	}

	/**
	 * Runs a SOQL query ({@code GET /query}); the first page is fetched now, the others when iteration needs them. A
	 * query too long for a URL (over 15,000 characters encoded) is sent as the GET
	 * subrequest of a composite call.
	 * @param soql the query, rendered by the {@code soql} package
	 * @param reader how to read one record
	 * @param options page size and prefetching
	 * @param <T> what a record becomes
	 * @return the rows, paged lazily
	 */
	public <T> QueryCursor<T> query(String soql, RecordReader<T> reader, QueryOptions options) {
		return query("query", soql, reader, options);
	}

	/**
	 * Runs a SOQL query that includes deleted and archived rows ({@code GET /queryAll}).
	 * @param soql the query
	 * @param reader how to read one record
	 * @param options page size and prefetching
	 * @param <T> what a record becomes
	 * @return the rows, paged lazily
	 */
	public <T> QueryCursor<T> queryAll(String soql, RecordReader<T> reader, QueryOptions options) {
		return query("queryAll", soql, reader, options);
	}

	private <T> QueryCursor<T> query(String resource, String soql, RecordReader<T> reader, QueryOptions options) {
		Assert.hasText(soql, "'soql' must not be empty");
		Assert.notNull(reader, "'reader' must not be null");
		Assert.notNull(options, "'options' must not be null");
		logger.debug("SOQL ({}): {}", resource, soql);
		HttpHeaders headers = new HttpHeaders();
		if (options.batchSize() > 0) {
			headers.set("Sforce-Query-Options", "batchSize=" + options.batchSize());
		}
		String path = this.paths.query(resource, soql);
		String sObject = SoqlFrom.objectOf(soql);
		ClientOperation operation = "queryAll".equals(resource) ? ClientOperation.QUERY_ALL : ClientOperation.QUERY;
		@Nullable Observation parent = this.observations.currentObservation();
		AtomicInteger pages = new AtomicInteger(1);
		QueryCursor.PageFetcher<T> more = (url, progress) -> page(ClientOperation.QUERY_MORE, sObject, soql,
				pages.incrementAndGet(), parent, () -> this.transport.execute(new ApiTransport.Call(
						RequestKind.QUERY_MORE, HttpMethod.GET, this.paths.nextRecords(url), null, headers, true),
						pageReader(reader, progress)));
		return QueryCursor.open((progress) -> page(operation, sObject, soql, 1, null,
				() -> (path.length() > CollectionCalls.MAX_QUERY_PATH)
						? this.collections.firstPageViaComposite(path, headers, reader)
						: this.transport.execute(new ApiTransport.Call(RequestKind.QUERY, HttpMethod.GET, path, null,
								headers, true), pageReader(reader, progress))),
				more, options.prefetch() ? this.prefetchExecutor : null);
	}

	private <T> ApiTransport.BodyReader<QueryPage<T>> pageReader(RecordReader<T> reader,
			QueryPage.Progress progress) {
		return (status, answerHeaders, in) -> {
			progress.reading(in);
			try (JsonParser parser = this.mapper.createParser(in)) {
				return QueryPage.read(parser, reader, progress);
			}
			catch (JacksonException ex) {
				if (progress.cancelled()) {
					throw new CancellationException("The query cursor was closed while this page was read");
				}
				throw ex;
			}
			finally {
				progress.finished(in);
			}
		};
	}

	/**
	 * Continues a query, or a child subquery whose rows did not fit in their parent's page, from the
	 * {@code nextRecordsUrl} the API gave; further pages are fetched as iteration needs them.
	 * @param nextRecordsUrl the URL the API gave, relative to the instance
	 * @param reader how to read one record
	 * @param <T> what a record becomes
	 * @return the remaining rows, paged lazily
	 */
	public <T> QueryCursor<T> queryMore(String nextRecordsUrl, RecordReader<T> reader) {
		Assert.hasText(nextRecordsUrl, "'nextRecordsUrl' must not be empty");
		Assert.notNull(reader, "'reader' must not be null");
		QueryCursor.PageFetcher<T> fetch = (url, progress) -> page(ClientOperation.QUERY_MORE, null, null, 0, null,
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.QUERY_MORE, HttpMethod.GET,
						this.paths.nextRecords(url), null, new HttpHeaders(), true), pageReader(reader, progress)));
		return QueryCursor.open((progress) -> fetch.fetch(nextRecordsUrl, progress), fetch, null);
	}

	/**
	 * Reads one record by id ({@code GET /sobjects/{name}/{id}?fields=...}).
	 * @param sObject the object's API name
	 * @param id the record's id
	 * @param fields the fields to read, empty for all
	 * @param reader how to read the record
	 * @param <T> what the record becomes
	 * @return the record
	 * @throws io.financialforce.FinancialForceNotFoundException if there is no such record
	 */
	public <T> T retrieve(String sObject, String id, Collection<String> fields, RecordReader<T> reader) {
		Assert.notNull(fields, "'fields' must not be null");
		Assert.notNull(reader, "'reader' must not be null");
		String path = this.paths.record(sObject, id)
				+ (fields.isEmpty() ? "" : "?fields=" + ApiPaths.encodeQueryValue(ApiPaths.fields(fields)));
		FinancialForceObservationContext observed = this.observations.context(ClientOperation.RETRIEVE, sObject);
		return this.observations.observe(observed, () -> {
			T record = this.transport.execute(new ApiTransport.Call(RequestKind.RETRIEVE, HttpMethod.GET, path, null,
					new HttpHeaders(), true), (status, headers, in) -> {
						try (JsonParser parser = this.mapper.createParser(in)) {
							parser.nextToken();
							return reader.read(parser);
						}
					});
			observed.setRecords(1);
			return record;
		});
	}

	/**
	 * Creates a record ({@code POST /sobjects/{name}}); never retried.
	 * @param sObject the object's API name
	 * @param record the field values: a map, an {@link ObjectNode} or any object Jackson can write
	 * @return the result with the new id
	 */
	public SaveResult create(String sObject, Object record) {
		return observed(ClientOperation.CREATE, sObject, 1,
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.CREATE, HttpMethod.POST,
						this.paths.sobject(sObject), json(record), new HttpHeaders(), false),
						(status, headers, in) -> this.mapper.readValue(in, SaveResult.class)));
	}

	/**
	 * Updates fields of a record ({@code PATCH /sobjects/{name}/{id}}).
	 * @param sObject the object's API name
	 * @param id the record's id
	 * @param fields the field values to set
	 */
	public void update(String sObject, String id, Object fields) {
		observed(ClientOperation.UPDATE, sObject, 1,
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.UPDATE, HttpMethod.PATCH,
						this.paths.record(sObject, id), json(fields), new HttpHeaders(), true),
						(status, headers, in) -> null));
	}

	/**
	 * Creates or updates the record with an external id value ({@code PATCH /sobjects/{name}/{field}/{value}}).
	 * @param sObject the object's API name
	 * @param externalIdField the external id field
	 * @param externalId the value
	 * @param record the other field values
	 * @return the result; {@link SaveResult#created()} tells whether a record was created
	 * @throws FinancialForceMultipleMatchesException if several records hold the value (HTTP 300)
	 */
	public SaveResult upsert(String sObject, String externalIdField, String externalId, Object record) {
		return observed(ClientOperation.UPSERT, sObject, 1,
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.UPSERT, HttpMethod.PATCH,
						this.paths.externalId(sObject, externalIdField, externalId), json(record), new HttpHeaders(),
						true), (status, headers, in) -> upsertResult(sObject, externalIdField, status, in)));
	}

	private SaveResult upsertResult(String sObject, String field, int status, InputStream in) {
		if (status == 300) {
			List<String> matches = ApiTransport.tree(this.mapper, in).valueStream().map(JsonNode::asString).toList();
			throw new FinancialForceMultipleMatchesException("Upsert of " + sObject + " by " + field + " matched "
					+ matches.size() + " records " + matches + "; nothing was written. Make the external id unique"
					+ " or update by id.", matches);
		}
		if (status == 204) {
			return new SaveResult(null, true, List.of(), false);
		}
		SaveResult result = this.mapper.readValue(in, SaveResult.class);
		return (result.created() != null) ? result
				: new SaveResult(result.id(), result.success(), result.errors(), status == 201);
	}

	/**
	 * Deletes a record ({@code DELETE /sobjects/{name}/{id}}).
	 * @param sObject the object's API name
	 * @param id the record's id
	 * @throws io.financialforce.FinancialForceNotFoundException if it does not exist or was already deleted
	 */
	public void delete(String sObject, String id) {
		observed(ClientOperation.DELETE, sObject, 1,
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.DELETE, HttpMethod.DELETE,
						this.paths.record(sObject, id), null, new HttpHeaders(), true), (status, headers, in) -> null));
	}

	/**
	 * Creates records with sObject Collections, 200 per call; never retried.
	 * @param sObject the object's API name
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all (then at most 200 records)
	 * @return one result per record, in order, failures included
	 */
	public List<SaveResult> createAll(String sObject, List<?> records, boolean allOrNone) {
		return observed(ClientOperation.CREATE_ALL, sObject, size(records),
				() -> this.collections.create(sObject, records, allOrNone));
	}

	/**
	 * Updates records with sObject Collections, 200 per call; each record carries its {@code Id}.
	 * @param sObject the object's API name
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all (then at most 200 records)
	 * @return one result per record, in order, failures included
	 */
	public List<SaveResult> updateAll(String sObject, List<?> records, boolean allOrNone) {
		return observed(ClientOperation.UPDATE_ALL, sObject, size(records),
				() -> this.collections.update(sObject, records, allOrNone));
	}

	/**
	 * Upserts records by an external id with sObject Collections, 200 per call.
	 * @param sObject the object's API name
	 * @param externalIdField the external id field every record carries
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all (then at most 200 records)
	 * @return one result per record, in order, with {@link SaveResult#created()}
	 */
	public List<SaveResult> upsertAll(String sObject, String externalIdField, List<?> records, boolean allOrNone) {
		return observed(ClientOperation.UPSERT_ALL, sObject, size(records),
				() -> this.collections.upsert(sObject, externalIdField, records, allOrNone));
	}

	/**
	 * Deletes records with sObject Collections, 200 per call.
	 * @param ids the record ids
	 * @param allOrNone whether one failure rolls back all (then at most 200 ids)
	 * @return one result per id, in order, failures included
	 */
	public List<SaveResult> deleteAll(List<String> ids, boolean allOrNone) {
		return observed(ClientOperation.DELETE_ALL, null, size(ids), () -> this.collections.delete(ids, allOrNone));
	}

	/**
	 * Sends up to 25 subrequests as one composite call ({@code POST /composite}); retried only if all are GETs.
	 * @param requests the subrequests
	 * @param allOrNone whether one failure rolls back all
	 * @return one result per subrequest, in order
	 */
	public List<CompositeSubresponse> composite(List<CompositeSubrequest> requests, boolean allOrNone) {
		return observed(ClientOperation.COMPOSITE, null, -1, () -> this.collections.composite(requests, allOrNone));
	}

	private byte[] json(Object value) {
		Assert.notNull(value, "'value' must not be null");
		return this.mapper.writeValueAsBytes(value);
	}

	private <T> T get(ClientOperation operation, RequestKind kind, String path, ApiReader<T> reader) {
		return observed(operation, null, -1, () -> this.transport.execute(new ApiTransport.Call(kind, HttpMethod.GET,
				path, null, new HttpHeaders(), true), (status, headers, in) -> reader.read(in)));
	}

	/** Runs an operation as one observation; {@code records} are those it sends, {@code -1} for none. */
	private <T> T observed(ClientOperation operation, @Nullable String sObject, long records, Supplier<T> call) {
		FinancialForceObservationContext context = this.observations.context(operation, sObject);
		context.setRecords(records);
		return this.observations.observe(context, call);
	}

	/** Fetches one query page as one observation, counting its records. */
	private <T> QueryPage<T> page(ClientOperation operation, @Nullable String sObject, @Nullable String soql,
			int number, @Nullable Observation parent, Supplier<QueryPage<T>> fetch) {
		FinancialForceObservationContext context = this.observations.context(operation, sObject);
		context.setSoql(soql);
		context.setPage(number);
		return this.observations.observe(context, parent, () -> {
			QueryPage<T> page = fetch.get();
			context.setRecords(page.records().size());
			return page;
		});
	}

	private static long size(@Nullable List<?> items) {
		return (items != null) ? items.size() : -1;
	}

	@FunctionalInterface
	private interface ApiReader<T> {

		T read(InputStream in) throws java.io.IOException;

	}

	@Override
	public String toString() {
		return "FinancialForceClient[apiVersion=" + apiVersion() + "]";
	}

}
