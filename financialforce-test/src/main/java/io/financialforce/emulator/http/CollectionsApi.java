package io.financialforce.emulator.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.financialforce.emulator.org.AmbiguousExternalIdException;
import io.financialforce.emulator.org.ApiError;
import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.RecordRef;
import io.financialforce.emulator.org.SalesforceIds;
import io.financialforce.emulator.org.UpsertResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * sObject Collections ({@code /composite/sobjects}): create, update, upsert, delete and retrieve up to 200 records in
 * one call; results in input order; with {@code allOrNone} every write is rolled back when one fails.
 */
final class CollectionsApi {

	static final int MAX_RECORDS = 200;

	private static final String ROLLED_BACK = "Record rolled back because not all records were valid and the request "
			+ "was using AllOrNone header";

	private final OrgStore store;

	CollectionsApi(OrgStore store) {
		this.store = store;
	}

	ApiResponse handle(ApiRequest request) {
		List<String> path = request.segments();
		if (path.size() < 2 || !"sobjects".equals(path.get(1)) || path.size() > 4) {
			throw ApiException.notFound();
		}
		String method = request.method();
		if (path.size() == 2) {
			return switch (method) {
				case "POST" -> write(request, false, this::create);
				case "PATCH" -> write(request, true, this::update);
				case "DELETE" -> delete(request);
				default -> throw DataApi.methodNotAllowed(method, "POST, PATCH, DELETE");
			};
		}
		ObjectDef object = this.store.schema().get(path.get(2));
		if (object == null) {
			throw ApiException.badRequest("INVALID_TYPE", "sObject type '" + path.get(2) + "' is not supported.");
		}
		if (path.size() == 3) {
			return switch (method) {
				case "GET" -> retrieve(request, object, request.query().get("ids"), request.query().get("fields"));
				case "POST" -> {
					JsonNode body = request.requireBody();
					yield retrieve(request, object, join(body.get("ids")), join(body.get("fields")));
				}
				default -> throw DataApi.methodNotAllowed(method, "GET, POST");
			};
		}
		if (!"PATCH".equals(method)) {
			throw DataApi.methodNotAllowed(method, "PATCH");
		}
		return write(request, false, upserter(object, path.get(3)));
	}

	/**
	 * Upserts up to 200 records of one type on an external id field; shared by REST and SOAP.
	 * @param object the type every record must have
	 * @param externalIdField the external id field's name
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all
	 * @return the save results in input order, with {@code created}
	 */
	ArrayNode upsert(ObjectDef object, String externalIdField, List<JsonNode> records, boolean allOrNone) {
		return write(records, allOrNone, false, upserter(object, externalIdField));
	}

	private Function<JsonNode, Outcome> upserter(ObjectDef object, String externalIdField) {
		FieldDef field = object.field(externalIdField);
		if (field == null || !field.externalId()) {
			throw new ApiException(404, "NOT_FOUND",
					"Provided external ID field does not exist or is not accessible: " + externalIdField);
		}
		return (record) -> {
			ObjectDef type = typeOf(record);
			if (type != object) {
				throw ApiException.badRequest("INVALID_TYPE",
						"All records must be of the type in the URL: " + object.name());
			}
			JsonNode value = record.get(field.name());
			if (value == null || value.isNull()) {
				throw ApiException.badRequest("MISSING_ARGUMENT", field.name() + " not specified", field.name());
			}
			try {
				UpsertResult result = this.store.upsert(object, field, value.asString(), Json.fields(record));
				return new Outcome(result.id(), result.created());
			}
			catch (AmbiguousExternalIdException ex) {
				throw ApiException.badRequest("DUPLICATE_EXTERNAL_ID", field.name() + ": more than one record found "
						+ "for external id field: " + ex.matches().stream().map(this.store::id).toList(), field.name());
			}
		};
	}

	private Outcome create(JsonNode record) {
		ObjectDef object = typeOf(record);
		return new Outcome(this.store.insert(object, Json.fields(record)), null);
	}

	private Outcome update(JsonNode record) {
		ObjectDef object = typeOf(record);
		String id = idOf(record);
		Map<String, Object> values = Json.fields(record);
		values.keySet().removeIf("Id"::equalsIgnoreCase);
		this.store.update(object, id, values);
		return new Outcome(id, null);
	}

	/**
	 * Creates up to 200 records, each with {@code attributes.type}; shared by REST and SOAP.
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all
	 * @return the save results in input order
	 */
	ArrayNode create(List<JsonNode> records, boolean allOrNone) {
		return write(records, allOrNone, false, this::create);
	}

	/**
	 * Updates up to 200 records, each with {@code attributes.type} and {@code Id}; shared by REST and SOAP.
	 * @param records the records
	 * @param allOrNone whether one failure rolls back all
	 * @return the save results in input order
	 */
	ArrayNode update(List<JsonNode> records, boolean allOrNone) {
		return write(records, allOrNone, true, this::update);
	}

	/**
	 * The org's object definitions.
	 * @return the schema
	 */
	io.financialforce.emulator.org.Schema schema() {
		return this.store.schema();
	}

	private static @Nullable String join(@Nullable JsonNode array) {
		if (array == null || !array.isArray()) {
			return null;
		}
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.asString()));
		return String.join(",", values);
	}

	private ObjectDef typeOf(JsonNode record) {
		JsonNode type = record.path("attributes").path("type");
		if (!type.isString()) {
			throw ApiException.badRequest("INVALID_TYPE", "Must specify a type in attributes");
		}
		ObjectDef object = this.store.schema().get(type.stringValue());
		if (object == null) {
			throw ApiException.badRequest("INVALID_TYPE", "sObject type '" + type.stringValue() + "' is not supported.");
		}
		return object;
	}

	private static String idOf(JsonNode record) {
		for (Map.Entry<String, JsonNode> entry : record.properties()) {
			if ("Id".equalsIgnoreCase(entry.getKey()) && entry.getValue().isString()) {
				return entry.getValue().stringValue();
			}
		}
		throw ApiException.badRequest("MISSING_ARGUMENT", "Id not specified in an update call", "Id");
	}

	private ApiResponse write(ApiRequest request, boolean update, Function<JsonNode, Outcome> operation) {
		JsonNode body = request.requireBody();
		JsonNode records = body.path("records");
		if (!records.isArray()) {
			throw ApiException.badRequest("JSON_PARSER_ERROR", "The request body needs a 'records' array.");
		}
		boolean allOrNone = body.path("allOrNone").asBoolean(false);
		List<JsonNode> items = new ArrayList<>();
		records.forEach(items::add);
		return ApiResponse.json(200, write(items, allOrNone, update, operation));
	}

	private ArrayNode write(List<JsonNode> items, boolean allOrNone, boolean update,
			Function<JsonNode, Outcome> operation) {
		if (items.size() > MAX_RECORDS) {
			throw ApiException.badRequest("EXCEEDED_ID_LIMIT",
					"record limit reached. cannot submit more than 200 records into this call");
		}
		return this.store.atomically((tx) -> {
			List<@Nullable String> ids = new ArrayList<>();
			List<Object> outcomes = new ArrayList<>();
			boolean failed = false;
			for (JsonNode record : items) {
				int savepoint = tx.savepoint();
				ids.add(update ? optionalId(record) : null);
				try {
					outcomes.add(operation.apply(record));
				}
				catch (ApiException ex) {
					tx.rollbackTo(savepoint);
					outcomes.add(ex.errors());
					failed = true;
				}
			}
			if (allOrNone && failed) {
				tx.setRollbackOnly();
			}
			ArrayNode array = Json.array();
			for (int i = 0; i < outcomes.size(); i++) {
				Object outcome = outcomes.get(i);
				if (outcome instanceof Outcome success && !(allOrNone && failed)) {
					ObjectNode result = DataApi.saveResult(success.id, success.created);
					array.add(result);
				}
				else {
					@SuppressWarnings("unchecked")
					List<ApiError> errors = (outcome instanceof List<?>) ? (List<ApiError>) outcome
							: List.of(new ApiError("ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK, List.of()));
					array.add(failure(ids.get(i), errors));
				}
			}
			return array;
		});
	}

	private static @Nullable String optionalId(JsonNode record) {
		try {
			return idOf(record);
		}
		catch (ApiException ex) {
			return null;
		}
	}

	private static ObjectNode failure(@Nullable String id, List<ApiError> errors) {
		ObjectNode result = Json.object();
		result.put("id", id);
		result.put("success", false);
		result.set("errors", Json.saveErrors(errors));
		return result;
	}

	private ApiResponse delete(ApiRequest request) {
		String idsParameter = request.query().get("ids");
		if (idsParameter == null || idsParameter.isBlank()) {
			throw ApiException.badRequest("MISSING_ARGUMENT", "ids parameter is required", "ids");
		}
		List<String> ids = Arrays.stream(idsParameter.split(",")).map(String::trim).toList();
		boolean allOrNone = Boolean.parseBoolean(request.query().get("allOrNone"));
		return ApiResponse.json(200, delete(ids, allOrNone));
	}

	/**
	 * Deletes up to 200 records by id; shared by REST and SOAP.
	 * @param ids the ids
	 * @param allOrNone whether one failure rolls back all
	 * @return the delete results in input order
	 */
	ArrayNode delete(List<String> ids, boolean allOrNone) {
		if (ids.size() > MAX_RECORDS) {
			throw ApiException.badRequest("EXCEEDED_ID_LIMIT",
					"record limit reached. cannot submit more than 200 records into this call");
		}
		return this.store.atomically((tx) -> {
			List<Object> outcomes = new ArrayList<>();
			boolean failed = false;
			for (String id : ids) {
				int savepoint = tx.savepoint();
				try {
					if (!SalesforceIds.isIdShaped(id)) {
						throw ApiException.badRequest("MALFORMED_ID", "malformed id " + id);
					}
					this.store.delete(null, id);
					outcomes.add(new Outcome(id, null));
				}
				catch (ApiException ex) {
					tx.rollbackTo(savepoint);
					String code = ex.errors().get(0).errorCode();
					outcomes.add(List.of(new ApiError("NOT_FOUND".equals(code) ? "INVALID_CROSS_REFERENCE_KEY" : code,
							"NOT_FOUND".equals(code) ? "invalid cross reference id" : ex.errors().get(0).message(),
							List.of())));
					failed = true;
				}
			}
			if (allOrNone && failed) {
				tx.setRollbackOnly();
			}
			ArrayNode array = Json.array();
			for (int i = 0; i < outcomes.size(); i++) {
				if (outcomes.get(i) instanceof Outcome success && !(allOrNone && failed)) {
					array.add(DataApi.saveResult(success.id, null));
				}
				else {
					@SuppressWarnings("unchecked")
					List<ApiError> errors = (outcomes.get(i) instanceof List<?>) ? (List<ApiError>) outcomes.get(i)
							: List.of(new ApiError("ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK, List.of()));
					array.add(failure(ids.get(i), errors));
				}
			}
			return array;
		});
	}

	private ApiResponse retrieve(ApiRequest request, ObjectDef object, @Nullable String ids, @Nullable String fields) {
		if (ids == null || ids.isBlank()) {
			throw ApiException.badRequest("MISSING_ARGUMENT", "ids parameter is required", "ids");
		}
		List<String> idList = Arrays.stream(ids.split(",")).map(String::trim).toList();
		return ApiResponse.json(200, retrieve(object, idList, fields, request.base()));
	}

	/**
	 * Reads up to 2,000 records of one type by id; shared by REST and SOAP.
	 * @param object the type
	 * @param ids the ids
	 * @param fields the comma-separated field names
	 * @param base the data API base of {@code attributes.url}, e.g. {@code /services/data/v64.0}
	 * @return the records in input order, {@code null} for ids not found
	 */
	ArrayNode retrieve(ObjectDef object, List<String> ids, @Nullable String fields, String base) {
		if (fields == null || fields.isBlank()) {
			throw ApiException.badRequest("MISSING_ARGUMENT", "fields parameter is required", "fields");
		}
		if (ids.size() > 2000) {
			throw ApiException.badRequest("EXCEEDED_ID_LIMIT", "record limit reached. cannot retrieve more than 2000 records");
		}
		List<FieldDef> fieldList = RecordJson.fields(object, fields);
		return this.store.read(() -> {
			ArrayNode records = Json.array();
			for (String id : ids) {
				RecordRef record = SalesforceIds.isIdShaped(id) ? this.store.find(id) : null;
				if (record == null || record.object() != object || this.store.isDeleted(record)) {
					records.addNull();
				}
				else {
					records.add(RecordJson.record(this.store, record, base, fieldList));
				}
			}
			return records;
		});
	}

	private record Outcome(String id, @Nullable Boolean created) {
	}

}
