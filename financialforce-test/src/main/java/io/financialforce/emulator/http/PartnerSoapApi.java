package io.financialforce.emulator.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.financialforce.emulator.org.ApiError;
import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.Values;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * The data calls of the SOAP partner API at {@code /services/Soap/u/{version}/{orgId}}: {@code query},
 * {@code queryAll}, {@code queryMore}, {@code retrieve}, {@code create}, {@code update}, {@code upsert} and
 * {@code delete}, with the partner WSDL's response shapes. Queries and writes run through the same {@link QueryApi}
 * and {@link CollectionsApi} logic as REST; this class only translates to and from XML.
 */
final class PartnerSoapApi {

	/** The SOAP API's default query batch size (REST's is 2,000). */
	static final int DEFAULT_BATCH = 500;

	private final QueryApi query;

	private final CollectionsApi collections;

	PartnerSoapApi(QueryApi query, CollectionsApi collections) {
		this.query = query;
		this.collections = collections;
	}

	ApiResponse handle(SoapCall call, String version) {
		try {
			Element operation = call.operation();
			return switch (operation.getLocalName()) {
				case "query", "queryAll" -> query(call, operation, version);
				case "queryMore" -> this.query.next(SoapCall.childText(operation, "queryLocator"),
						(page) -> queryResponse("queryMoreResponse", page));
				case "create" -> SoapXml.ok(saveResponse("createResponse",
						this.collections.create(SoapCall.sObjects(operation), allOrNone(call))));
				case "update" -> SoapXml.ok(saveResponse("updateResponse",
						this.collections.update(SoapCall.sObjects(operation), allOrNone(call))));
				case "delete" -> SoapXml.ok(saveResponse("deleteResponse",
						this.collections.delete(SoapCall.childTexts(operation, "ids"), allOrNone(call))));
				case "upsert" -> upsert(call, operation);
				case "retrieve" -> retrieve(operation, version);
				default -> SoapXml.clientFault("No operation available for request {" + SoapXml.PARTNER + "}"
						+ operation.getLocalName());
			};
		}
		catch (ApiException ex) {
			ApiError error = ex.errors().get(0);
			return SoapXml.fault(error.errorCode(), error.message(), faultType(error.errorCode()));
		}
	}

	private ApiResponse query(SoapCall call, Element operation, String version) {
		String soql = SoapCall.childText(operation, "queryString");
		if (soql.isBlank()) {
			throw ApiException.badRequest("MALFORMED_QUERY", "A query string must be provided.");
		}
		boolean all = "queryAll".equals(operation.getLocalName());
		String batchSize = SoapCall.headerText(call, "QueryOptions", "batchSize");
		int size = (batchSize != null) ? QueryApi.batchSize("batchSize=" + batchSize) : DEFAULT_BATCH;
		return this.query.first(soql, all, version, size,
				(page) -> queryResponse(all ? "queryAllResponse" : "queryResponse", page));
	}

	private ApiResponse upsert(SoapCall call, Element operation) {
		List<JsonNode> records = SoapCall.sObjects(operation);
		if (records.isEmpty()) {
			return SoapXml.ok("<upsertResponse></upsertResponse>");
		}
		String type = records.get(0).path("attributes").path("type").asString();
		ObjectDef object = this.collections.schema().get(type);
		if (object == null) {
			throw ApiException.badRequest("INVALID_TYPE", "sObject type '" + type + "' is not supported.");
		}
		return SoapXml.ok(saveResponse("upsertResponse", this.collections.upsert(object,
				SoapCall.childText(operation, "externalIDFieldName"), records, allOrNone(call))));
	}

	private ApiResponse retrieve(Element operation, String version) {
		String type = SoapCall.childText(operation, "sObjectType");
		ObjectDef object = this.collections.schema().get(type);
		if (object == null) {
			throw ApiException.badRequest("INVALID_TYPE", "sObject type '" + type + "' is not supported.");
		}
		JsonNode records = this.collections.retrieve(object, SoapCall.childTexts(operation, "ids"),
				SoapCall.childText(operation, "fieldList"), "/services/data/v" + version);
		StringBuilder xml = new StringBuilder(64 + records.size() * 256).append("<retrieveResponse>");
		for (JsonNode record : records) {
			if (record.isObject()) {
				sObject(xml, "result", Json.fields(record));
			}
			else {
				xml.append("<result xsi:nil=\"true\"/>");
			}
		}
		return SoapXml.ok(xml.append("</retrieveResponse>"));
	}

	private static String faultType(String code) {
		return switch (code) {
			case "MALFORMED_QUERY" -> "MalformedQueryFault";
			case "INVALID_FIELD" -> "InvalidFieldFault";
			case "INVALID_TYPE" -> "InvalidSObjectFault";
			case "INVALID_QUERY_LOCATOR" -> "InvalidQueryLocatorFault";
			case "MALFORMED_ID", "INVALID_ID_FIELD" -> "InvalidIdFault";
			default -> "UnexpectedErrorFault";
		};
	}

	/**
	 * A query page, written as it is sent: records go out in chunks of the envelope rather than as one string.
	 */
	private static ApiResponse queryResponse(String element, QueryApi.Page page) {
		return SoapXml.okStreamed((xml, sink) -> {
			xml.append('<').append(element).append("><result xsi:type=\"QueryResult\">");
			queryResultStart(xml, page.done(), page.next());
			for (Map<String, Object> record : page.records()) {
				sObject(xml, "records", record);
				sink.flushIfLarge();
			}
			SoapXml.element(xml, "size", Integer.toString(page.totalSize()));
			xml.append("</result></").append(element).append('>');
		});
	}

	private static void queryResult(StringBuilder xml, boolean done, @Nullable String locator, List<?> records,
			int size) {
		queryResultStart(xml, done, locator);
		for (Object record : records) {
			if (record instanceof Map<?, ?> map) {
				sObject(xml, "records", map);
			}
		}
		SoapXml.element(xml, "size", Integer.toString(size));
	}

	private static void queryResultStart(StringBuilder xml, boolean done, @Nullable String locator) {
		SoapXml.element(xml, "done", Boolean.toString(done));
		if (locator != null) {
			SoapXml.element(xml, "queryLocator", locator);
		}
		else {
			xml.append("<queryLocator xsi:nil=\"true\"/>");
		}
	}

	private static void sObject(StringBuilder xml, String element, Map<?, ?> record) {
		xml.append('<').append(element).append(" xsi:type=\"sf:sObject\">");
		Object attributes = record.get("attributes");
		Object type = (attributes instanceof Map<?, ?> map) ? map.get("type") : null;
		SoapXml.element(xml, "sf:type", (type != null) ? type.toString() : "");
		Object id = record.get("Id");
		if (id != null) {
			SoapXml.element(xml, "sf:Id", id.toString());
		}
		else {
			xml.append("<sf:Id xsi:nil=\"true\"/>");
		}
		for (Map.Entry<?, ?> entry : record.entrySet()) {
			String name = String.valueOf(entry.getKey());
			Object value = entry.getValue();
			if ("attributes".equals(name)) {
				continue;
			}
			if (value == null || value instanceof Map<?, ?>) {
				field(xml, "sf:" + name, value);
			}
			else {
				xml.append("<sf:").append(name).append('>');
				SoapXml.escape(xml, text(value));
				xml.append("</sf:").append(name).append('>');
			}
		}
		xml.append("</").append(element).append('>');
	}

	private static void field(StringBuilder xml, String element, @Nullable Object value) {
		if (value == null) {
			xml.append('<').append(element).append(" xsi:nil=\"true\"/>");
		}
		else if (value instanceof Map<?, ?> map && map.containsKey("records")) {
			xml.append('<').append(element).append(" xsi:type=\"QueryResult\">");
			Object records = map.get("records");
			Object total = map.get("totalSize");
			queryResult(xml, true, null, (records instanceof List<?> list) ? list : List.of(),
					(total instanceof Number number) ? number.intValue() : 0);
			xml.append("</").append(element).append('>');
		}
		else if (value instanceof Map<?, ?> map) {
			sObject(xml, element, map);
		}
		else {
			SoapXml.element(xml, element, text(value));
		}
	}

	/**
	 * A value as the partner API writes it: decimals plain in the REST API's form, date-times in the API's form.
	 */
	static String text(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof BigDecimal decimal) {
			return Json.apiDecimal(decimal).toPlainString();
		}
		if (value instanceof Instant instant) {
			return Values.formatDateTime(instant);
		}
		if (value instanceof LocalDate date) {
			return Json.isoDate(date);
		}
		if (value instanceof LocalTime time) {
			return time + "Z";
		}
		if (value instanceof Number number && !(value instanceof Integer)) {
			return Json.apiDecimal(new BigDecimal(number.toString())).toPlainString();
		}
		return value.toString();
	}

	private static StringBuilder saveResponse(String element, JsonNode results) {
		StringBuilder xml = new StringBuilder(64 + results.size() * 96);
		xml.append('<').append(element).append('>');
		for (JsonNode result : results) {
			xml.append("<result>");
			if ("upsertResponse".equals(element)) {
				SoapXml.element(xml, "created", Boolean.toString(result.path("created").asBoolean(false)));
			}
			for (JsonNode error : result.path("errors")) {
				xml.append("<errors>");
				for (JsonNode field : error.path("fields")) {
					SoapXml.element(xml, "fields", field.asString());
				}
				SoapXml.element(xml, "message", error.path("message").asString());
				SoapXml.element(xml, "statusCode", error.path("statusCode").asString());
				xml.append("</errors>");
			}
			JsonNode id = result.path("id");
			if (id.isString()) {
				SoapXml.element(xml, "id", id.stringValue());
			}
			else {
				xml.append("<id xsi:nil=\"true\"/>");
			}
			SoapXml.element(xml, "success", Boolean.toString(result.path("success").asBoolean()));
			xml.append("</result>");
		}
		return xml.append("</").append(element).append('>');
	}

	private static boolean allOrNone(SoapCall call) {
		return "true".equalsIgnoreCase(SoapCall.headerText(call, "AllOrNoneHeader", "allOrNone"));
	}


}
