package io.financialforce.emulator.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.financialforce.emulator.org.AmbiguousExternalIdException;
import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.FieldType;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.RecordRef;
import io.financialforce.emulator.org.SalesforceIds;
import io.financialforce.emulator.org.UpsertResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST data API below {@code /services/data/vNN.N}: resources, limits, describe, sObject rows, upserts, and the
 * dispatch to collections, composite and query.
 */
public final class DataApi {

	private final OrgStore store;

	private final UsageInfo usage;

	private final String identityBase;

	private final Instant metadataModified;

	private final CollectionsApi collections;

	private final CompositeApi composite;

	private final QueryApi query;

	private final PartnerSoapApi soap;

	/**
	 * The data API over a store.
	 * @param store the org's records
	 * @param usage the API usage counters
	 * @param identityBase the base of identity URLs, e.g. {@code http://127.0.0.1:8484/id/00D.../}
	 * @param query the query endpoints
	 */
	public DataApi(OrgStore store, UsageInfo usage, String identityBase, QueryApi query) {
		this.store = store;
		this.usage = usage;
		this.identityBase = identityBase;
		this.metadataModified = store.clock().instant();
		this.collections = new CollectionsApi(store);
		this.composite = new CompositeApi(store, this);
		this.query = query;
		this.soap = new PartnerSoapApi(query, this.collections);
	}

	/**
	 * Handles a partner SOAP data call ({@code POST /services/Soap/u/{version}/{orgId}}): parses the envelope, lets
	 * {@code admit} check its {@code SessionHeader} and the usage limit, then runs the operation.
	 * @param body the request body
	 * @param version the API version in the path, e.g. {@code 64.0}
	 * @param admit given the session id (or {@code null}), returns why the call is refused, or {@code null} once it
	 * is admitted and counted
	 * @return the SOAP response or fault
	 */
	public ApiResponse soap(byte[] body, String version,
			java.util.function.Function<@Nullable String, @Nullable ApiException> admit) {
		SoapCall call;
		try {
			call = SoapCall.parse(body);
		}
		catch (Exception ex) {
			return SoapXml.clientFault("Unable to parse the SOAP request: " + ex.getClass().getSimpleName());
		}
		ApiException refused = admit.apply(call.sessionId());
		if (refused != null) {
			return SoapXml.fault(refused.errors().get(0).errorCode(), refused.errors().get(0).message(),
					"UnexpectedErrorFault");
		}
		return this.soap.handle(call, version);
	}

	/**
	 * Handles a request; API failures become error bodies.
	 * @param request the request
	 * @return the response
	 */
	public ApiResponse handle(ApiRequest request) {
		try {
			return dispatch(request);
		}
		catch (ApiException ex) {
			return ApiResponse.error(ex);
		}
		catch (AmbiguousExternalIdException ex) {
			ArrayNode urls = Json.array();
			for (RecordRef match : ex.matches()) {
				urls.add(request.base() + "/sobjects/" + match.object().name() + "/" + this.store.id(match));
			}
			return ApiResponse.json(300, urls);
		}
	}

	private ApiResponse dispatch(ApiRequest request) {
		List<String> path = request.segments();
		String method = request.method();
		if (path.isEmpty()) {
			return only(method, "GET", () -> ApiResponse.json(200, resources(request)));
		}
		return switch (path.get(0)) {
			case "limits" -> only(method, "GET", () -> ApiResponse.json(200, limits()));
			case "sobjects" -> sobjects(request, path);
			case "composite" -> (path.size() == 1) ? only(method, "POST", () -> this.composite.handle(request))
					: this.collections.handle(request);
			case "query", "queryAll" -> only(method, "GET", () -> this.query.handle(request));
			default -> throw ApiException.notFound();
		};
	}

	private static ApiResponse only(String method, String allowed, java.util.function.Supplier<ApiResponse> handler) {
		if (!allowed.equals(method)) {
			throw methodNotAllowed(method, allowed);
		}
		return handler.get();
	}

	static ApiException methodNotAllowed(String method, String allowed) {
		return new ApiException(405, "METHOD_NOT_ALLOWED",
				"HTTP Method '" + method + "' not allowed. Allowed are " + allowed);
	}

	private ObjectNode resources(ApiRequest request) {
		ObjectNode node = Json.object();
		String base = request.base();
		node.put("sobjects", base + "/sobjects");
		node.put("query", base + "/query");
		node.put("queryAll", base + "/queryAll");
		node.put("composite", base + "/composite");
		node.put("limits", base + "/limits");
		node.put("identity", this.identityBase + this.store.userId());
		return node;
	}

	private ObjectNode limits() {
		ObjectNode node = Json.object();
		limit(node, "DailyApiRequests", this.usage.max(), this.usage.max() - this.usage.used());
		limit(node, "DailyAsyncApexExecutions", 250000, 250000);
		limit(node, "DailyBulkApiBatches", 15000, 15000);
		limit(node, "DailyBulkV2QueryFileStorageMB", 976562, 976562);
		limit(node, "DailyBulkV2QueryJobs", 10000, 10000);
		long records = this.store.read(() -> this.store.schema().objects().stream()
			.mapToLong((object) -> this.store.rowCount(object))
			.sum());
		limit(node, "DataStorageMB", 1024, 1024 - Math.min(1024, records * 2 / 1024));
		limit(node, "FileStorageMB", 1024, 1024);
		limit(node, "HourlyTimeBasedWorkflow", 1000, 1000);
		limit(node, "SingleEmail", 5000, 5000);
		return node;
	}

	private static void limit(ObjectNode node, String name, long max, long remaining) {
		ObjectNode limit = node.putObject(name);
		limit.put("Max", max);
		limit.put("Remaining", Math.max(0, remaining));
	}

	private ApiResponse sobjects(ApiRequest request, List<String> path) {
		String method = request.method();
		if (path.size() == 1) {
			return only(method, "GET", () -> ApiResponse.json(200,
					this.store.read(() -> DescribeJson.global(this.store.schema(), request.base()))));
		}
		ObjectDef object = this.store.schema().get(path.get(1));
		if (object == null) {
			throw ApiException.notFound();
		}
		if (path.size() == 2) {
			return switch (method) {
				case "GET" -> {
					ObjectNode info = Json.object();
					info.set("objectDescribe", DescribeJson.summary(object, request.base()));
					info.putArray("recentItems");
					yield ApiResponse.json(200, info);
				}
				case "POST" -> create(request, object);
				default -> throw methodNotAllowed(method, "GET, HEAD, POST");
			};
		}
		if (path.size() == 3 && "describe".equals(path.get(2))) {
			return only(method, "GET", () -> describe(request, object));
		}
		if (path.size() == 3) {
			return byId(request, object, path.get(2));
		}
		if (path.size() == 4) {
			return byExternalId(request, object, path.get(2), path.get(3));
		}
		throw ApiException.notFound();
	}

	private ApiResponse describe(ApiRequest request, ObjectDef object) {
		String since = request.header("If-Modified-Since");
		if (since != null) {
			try {
				Instant instant = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				if (!instant.isBefore(this.metadataModified.minusSeconds(1))) {
					return ApiResponse.empty(304);
				}
			}
			catch (DateTimeParseException ex) {
				// an unreadable date is ignored, as servers do
			}
		}
		return ApiResponse.json(200, this.store.read(() -> DescribeJson.object(object, request.base())))
			.withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
				.format(this.metadataModified.atZone(java.time.ZoneOffset.UTC)));
	}

	private ApiResponse create(ApiRequest request, ObjectDef object) {
		String id = this.store.insert(object, Json.fields(request.requireBody()));
		return ApiResponse.json(201, saveResult(id, null))
			.withHeader("Location", request.base() + "/sobjects/" + object.name() + "/" + id);
	}

	static ObjectNode saveResult(String id, @Nullable Boolean created) {
		ObjectNode result = Json.object();
		result.put("id", id);
		result.put("success", true);
		result.putArray("errors");
		if (created != null) {
			result.put("created", created);
		}
		return result;
	}

	private ApiResponse byId(ApiRequest request, ObjectDef object, String id) {
		return switch (request.method()) {
			case "GET" -> ApiResponse.json(200, this.store.read(() -> {
				RecordRef record = liveRecord(object, id);
				return RecordJson.record(this.store, record, request.base(),
						RecordJson.fields(object, request.query().get("fields")));
			}));
			case "PATCH" -> {
				this.store.update(object, id, Json.fields(request.requireBody()));
				yield ApiResponse.empty(204);
			}
			case "DELETE" -> {
				this.store.delete(object, id);
				yield ApiResponse.empty(204);
			}
			default -> throw methodNotAllowed(request.method(), "GET, HEAD, PATCH, DELETE");
		};
	}

	private RecordRef liveRecord(ObjectDef object, String id) {
		RecordRef record = SalesforceIds.isIdShaped(id) ? this.store.find(id) : null;
		if (record == null || record.object() != object || this.store.isDeleted(record)) {
			throw ApiException.notFound();
		}
		return record;
	}

	private ApiResponse byExternalId(ApiRequest request, ObjectDef object, String fieldName, String value) {
		FieldDef field = object.field(fieldName);
		if (field == null || !(field.externalId() || field.type() == FieldType.ID)) {
			throw new ApiException(404, "NOT_FOUND",
					"Provided external ID field does not exist or is not accessible: " + fieldName);
		}
		return switch (request.method()) {
			case "GET" -> ApiResponse.json(200, this.store.read(() -> {
				RecordRef record = single(object, field, value);
				return RecordJson.record(this.store, record, request.base(),
						RecordJson.fields(object, request.query().get("fields")));
			}));
			case "PATCH" -> upsert(request, object, field, value);
			case "DELETE" -> {
				this.store.atomically((tx) -> {
					this.store.delete(object, this.store.id(single(object, field, value)));
					return null;
				});
				yield ApiResponse.empty(204);
			}
			default -> throw methodNotAllowed(request.method(), "GET, HEAD, PATCH, DELETE");
		};
	}

	private RecordRef single(ObjectDef object, FieldDef field, String value) {
		List<RecordRef> matches = (field.type() == FieldType.ID) ? List.of(liveRecord(object, value))
				: this.store.findByIndexedField(object, field, value);
		if (matches.isEmpty()) {
			throw ApiException.notFound();
		}
		if (matches.size() > 1) {
			throw new AmbiguousExternalIdException(matches);
		}
		return matches.get(0);
	}

	private ApiResponse upsert(ApiRequest request, ObjectDef object, FieldDef field, String value) {
		Map<String, Object> body = Json.fields(request.requireBody());
		boolean updateOnly = Boolean.parseBoolean(request.query().get("updateOnly"));
		UpsertResult result = this.store.atomically((tx) -> {
			if (updateOnly && field.type() != FieldType.ID && this.store.findByIndexedField(object, field, value).isEmpty()) {
				throw ApiException.notFound();
			}
			return this.store.upsert(object, field, value, body);
		});
		if (versionNumber(request) < 46.0) {
			return result.created() ? ApiResponse.json(201, saveResult(result.id(), null)) : ApiResponse.empty(204);
		}
		return ApiResponse.json(result.created() ? 201 : 200, saveResult(result.id(), result.created()));
	}

	static double versionNumber(ApiRequest request) {
		return Double.parseDouble(request.version());
	}

	/**
	 * API usage as {@code /limits} and the {@code Sforce-Limit-Info} header report it.
	 */
	public interface UsageInfo {

		/**
		 * API requests counted so far.
		 * @return the count
		 */
		long used();

		/**
		 * The daily allocation.
		 * @return the maximum
		 */
		long max();

	}

}
