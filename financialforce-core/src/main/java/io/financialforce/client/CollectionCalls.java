package io.financialforce.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceResourceFailureException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * sObject Collections (at most 200 records per call, in order, every per-record result kept) and composite calls.
 */
final class CollectionCalls {

	static final int MAX_RECORDS = 200;

	static final int MAX_SUBREQUESTS = 25;

	/** The longest query path sent as a URL; the API refuses URIs over 16,384 bytes (HTTP 414). */
	static final int MAX_QUERY_PATH = 15_000;

	private static final String ATTRIBUTES = "attributes";

	private final ApiTransport transport;

	private final ApiPaths paths;

	private final JsonMapper mapper;

	/** Binds the error list inside one save result, the parser then moving on to the result's next field. */
	private final ObjectReader errorsReader;

	CollectionCalls(ApiTransport transport, ApiPaths paths, JsonMapper mapper) {
		this.transport = transport;
		this.paths = paths;
		this.mapper = mapper;
		this.errorsReader = mapper.readerFor(ApiError[].class)
			.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	List<SaveResult> create(String sObject, List<?> records, boolean allOrNone) {
		return write(HttpMethod.POST, "/composite/sobjects", sObject, records, allOrNone, null, false);
	}

	List<SaveResult> update(String sObject, List<?> records, boolean allOrNone) {
		return write(HttpMethod.PATCH, "/composite/sobjects", sObject, records, allOrNone, "Id", true);
	}

	List<SaveResult> upsert(String sObject, String externalIdField, List<?> records, boolean allOrNone) {
		String path = "/composite/sobjects/" + ApiPaths.name(sObject, "sObject") + "/"
				+ ApiPaths.name(externalIdField, "external id field");
		return write(HttpMethod.PATCH, path, sObject, records, allOrNone, externalIdField, true);
	}

	List<SaveResult> delete(List<String> ids, boolean allOrNone) {
		Assert.notNull(ids, "'ids' must not be null");
		ids.forEach(ApiPaths::id);
		List<SaveResult> results = new ArrayList<>(ids.size());
		for (List<String> chunk : chunks(ids, allOrNone, "ids")) {
			String path = this.paths.path("/composite/sobjects?ids=" + String.join(",", chunk) + "&allOrNone="
					+ allOrNone);
			results.addAll(this.transport.execute(new ApiTransport.Call(RequestKind.COLLECTION, HttpMethod.DELETE,
					path, null, new HttpHeaders(), true), (status, headers, body) -> results(body, chunk.size())));
		}
		return results;
	}

	List<CompositeSubresponse> composite(List<CompositeSubrequest> requests, boolean allOrNone) {
		Assert.notNull(requests, "'requests' must not be null");
		if (requests.isEmpty() || requests.size() > MAX_SUBREQUESTS) {
			throw ApiPaths.invalid("A composite call takes 1 to " + MAX_SUBREQUESTS + " subrequests, not "
					+ requests.size() + "; split the work into several calls.");
		}
		ObjectNode body = this.mapper.createObjectNode().put("allOrNone", allOrNone);
		ArrayNode items = body.putArray("compositeRequest");
		boolean readOnly = true;
		for (CompositeSubrequest request : requests) {
			ObjectNode item = items.addObject()
				.put("method", request.method())
				.put("url", request.url())
				.put("referenceId", request.referenceId());
			if (request.body() != null) {
				item.set("body", this.mapper.valueToTree(request.body()));
			}
			if (!request.httpHeaders().isEmpty()) {
				item.set("httpHeaders", this.mapper.valueToTree(request.httpHeaders()));
			}
			readOnly &= "GET".equalsIgnoreCase(request.method());
		}
		return this.transport.execute(new ApiTransport.Call(RequestKind.COMPOSITE, HttpMethod.POST,
				this.paths.path("/composite"), this.mapper.writeValueAsBytes(body), new HttpHeaders(), readOnly),
				(status, headers, in) -> {
					JsonNode answer = ApiTransport.tree(this.mapper, in);
					List<CompositeSubresponse> responses = new ArrayList<>();
					for (JsonNode item : answer.path("compositeResponse")) {
						responses.add(this.mapper.treeToValue(item, CompositeSubresponse.class));
					}
					if (responses.size() != requests.size()) {
						throw mismatch("composite", requests.size(), responses.size());
					}
					return responses;
				});
	}

	/** Fetches the first page of a query too long for a URL as the GET subrequest of a composite call. */
	<T> QueryPage<T> firstPageViaComposite(String path, HttpHeaders headers, RecordReader<T> reader) {
		ObjectNode body = this.mapper.createObjectNode().put("allOrNone", false);
		ObjectNode item = body.putArray("compositeRequest")
			.addObject()
			.put("method", "GET")
			.put("url", path)
			.put("referenceId", "query");
		if (!headers.isEmpty()) {
			item.set("httpHeaders", this.mapper.valueToTree(headers.toSingleValueMap()));
		}
		return this.transport.execute(new ApiTransport.Call(RequestKind.QUERY, HttpMethod.POST,
				this.paths.path("/composite"), this.mapper.writeValueAsBytes(body), new HttpHeaders(), true),
				(status, answerHeaders, in) -> {
					JsonNode response = ApiTransport.tree(this.mapper, in).path("compositeResponse").path(0);
					int subStatus = response.path("httpStatusCode").asInt();
					if (subStatus >= 300) {
						throw this.transport.translator().translate("GET " + this.paths.path("/query") + " (in composite)",
								subStatus, this.mapper.writeValueAsBytes(response.path("body")));
					}
					try (JsonParser parser = this.mapper.treeAsTokens(response.path("body"))) {
						return QueryPage.read(parser, reader);
					}
				});
	}

	private List<SaveResult> write(HttpMethod method, String suffix, String sObject, List<?> records,
			boolean allOrNone, @Nullable String requiredField, boolean idempotent) {
		ApiPaths.name(sObject, "sObject");
		Assert.notNull(records, "'records' must not be null");
		List<Object> checked = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			checked.add(checked(sObject, records.get(i), i, requiredField));
		}
		List<SaveResult> results = new ArrayList<>(records.size());
		for (List<Object> chunk : chunks(checked, allOrNone, "records")) {
			results.addAll(this.transport.execute(new ApiTransport.Call(RequestKind.COLLECTION, method,
					this.paths.path(suffix), body(sObject, chunk, allOrNone), new HttpHeaders(), idempotent),
					(status, headers, in) -> results(in, chunk.size())));
		}
		return results;
	}

	/**
	 * A record as a {@link Map} or an {@link ObjectNode}, checked before any call is sent: a JSON object that holds
	 * the required field.
	 */
	private Object checked(String sObject, @Nullable Object record, int index, @Nullable String requiredField) {
		if (record instanceof Map<?, ?> map) {
			if (requiredField != null && map.get(requiredField) == null) {
				throw missing(sObject, index, requiredField);
			}
			return map;
		}
		JsonNode node = (record instanceof JsonNode json) ? json : this.mapper.valueToTree(record);
		if (!(node instanceof ObjectNode object)) {
			throw ApiPaths.invalid("Record " + index + " for " + sObject + " is not a JSON object.");
		}
		if (requiredField != null && !object.hasNonNull(requiredField)) {
			throw missing(sObject, index, requiredField);
		}
		return object;
	}

	private static RuntimeException missing(String sObject, int index, String requiredField) {
		return ApiPaths.invalid("Record " + index + " for " + sObject + " has no '" + requiredField + "'.");
	}

	/**
	 * Writes the body of one call straight from the records: {@code allOrNone}, then each record with
	 * {@code attributes.type} first and its own {@code attributes} left out.
	 */
	private byte[] body(String sObject, List<Object> records, boolean allOrNone) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 128 * records.size());
		try (JsonGenerator generator = this.mapper.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeBooleanProperty("allOrNone", allOrNone);
			generator.writeArrayPropertyStart("records");
			for (Object record : records) {
				generator.writeStartObject();
				generator.writeObjectPropertyStart("attributes");
				generator.writeStringProperty("type", sObject);
				generator.writeEndObject();
				if (record instanceof Map<?, ?> map) {
					for (Map.Entry<?, ?> field : map.entrySet()) {
						String name = String.valueOf(field.getKey());
						if (!ATTRIBUTES.equals(name)) {
							generator.writePOJOProperty(name, field.getValue());
						}
					}
				}
				else {
					for (Map.Entry<String, JsonNode> field : ((ObjectNode) record).properties()) {
						if (!ATTRIBUTES.equals(field.getKey())) {
							generator.writeName(field.getKey());
							generator.writeTree(field.getValue());
						}
					}
				}
				generator.writeEndObject();
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	/**
	 * Reads the array of save results token by token: the answer of every write, read without a bound record
	 * deserializer (whose reflective constructor call cost more than the rest of the reading); the rare error lists
	 * are bound as before.
	 */
	private List<SaveResult> results(InputStream in, int expected) throws IOException {
		List<SaveResult> results = new ArrayList<>(expected);
		try (JsonParser parser = this.mapper.createParser(in)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw new MismatchedInputException(parser, "The answer has no JSON body") {
				};
			}
			if (token != JsonToken.START_ARRAY) {
				throw new MismatchedInputException(parser, "The answer is not a JSON array of save results") {
				};
			}
			while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
				results.add(result(parser));
			}
			if (token != JsonToken.END_ARRAY) {
				throw new MismatchedInputException(parser, "A save result is not a JSON object") {
				};
			}
		}
		if (results.size() != expected) {
			throw mismatch("sObject Collections", expected, results.size());
		}
		return results;
	}

	private SaveResult result(JsonParser parser) {
		String id = null;
		boolean success = false;
		List<ApiError> errors = null;
		Boolean created = null;
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken value = parser.nextToken();
			switch (name) {
				case "id" -> id = (value == JsonToken.VALUE_NULL) ? null : parser.getValueAsString();
				case "success" -> success = parser.getValueAsBoolean();
				case "created" -> created = (value == JsonToken.VALUE_NULL) ? null : parser.getValueAsBoolean();
				case "errors" -> errors = (value == JsonToken.VALUE_NULL) ? null
						: Arrays.asList(this.errorsReader.<ApiError[]>readValue(parser));
				default -> parser.skipChildren();
			}
		}
		return new SaveResult(id, success, errors, created);
	}

	private static <T> List<List<T>> chunks(List<T> items, boolean allOrNone, String what) {
		if (allOrNone && items.size() > MAX_RECORDS) {
			throw ApiPaths.invalid(items.size() + " " + what + " with allOrNone: one sObject Collections call takes"
					+ " at most " + MAX_RECORDS + " and splitting would break all-or-none; send at most " + MAX_RECORDS
					+ " or use allOrNone=false.");
		}
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += MAX_RECORDS) {
			chunks.add(items.subList(from, Math.min(items.size(), from + MAX_RECORDS)));
		}
		return chunks;
	}

	private static RuntimeException mismatch(String call, int expected, int actual) {
		return new FinancialForceResourceFailureException("The " + call + " call returned " + actual
				+ " results for " + expected + " requests; no result is dropped silently, so the call fails. Check the"
				+ " records' state before retrying.", 200, List.of(), null);
	}

}
