package io.financialforce.autoconfigure.observation;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

/**
 * What an HTTP request of the client is, in API terms: the operation, the sObject, and the records it sends.
 *
 * @param operation the operation, for example {@code query}, {@code create}, {@code updateAll}
 * @param sObject the sObject's API name, {@code none} when the request names none
 * @param requestRecords the records the request writes or reads by id, {@code -1} when the answer tells
 * @param countsAnswerRecords whether the records are counted in the answer (queries)
 */
record ApiCall(String operation, String sObject, int requestRecords, boolean countsAnswerRecords) {

	static final String NONE = "none";

	private static final Pattern DATA_PATH = Pattern.compile("/services/data/v[0-9.]+(/.*)?");

	private static final JsonMapper MAPPER = JsonMapper.shared();

	static ApiCall of(HttpMethod method, URI uri, byte[] body) {
		String path = (uri.getRawPath() != null) ? uri.getRawPath().replaceAll("/+$", "") : "";
		if (path.equals("/services/data")) {
			return new ApiCall("versions", NONE, -1, false);
		}
		Matcher matcher = DATA_PATH.matcher(path);
		if (!matcher.matches()) {
			return new ApiCall("other", NONE, -1, false);
		}
		String[] segments = (matcher.group(1) != null) ? matcher.group(1).substring(1).split("/") : new String[0];
		String first = (segments.length > 0) ? segments[0] : "";
		return switch (first) {
			case "limits" -> new ApiCall("limits", NONE, -1, false);
			case "query", "queryAll" -> (segments.length > 1) ? new ApiCall("queryMore", NONE, -1, true)
					: new ApiCall(first, SoqlFrom.objectOf(queryText(uri)), -1, true);
			case "sobjects" -> sObjects(method, segments);
			case "composite" -> composite(method, segments, uri, body);
			case "jobs" -> new ApiCall("bulk", NONE, -1, false);
			default -> new ApiCall("other", NONE, -1, false);
		};
	}

	private static ApiCall sObjects(HttpMethod method, String[] segments) {
		if (segments.length == 1) {
			return new ApiCall("describeGlobal", NONE, -1, false);
		}
		String sObject = segments[1];
		if (segments.length == 2) {
			return new ApiCall(HttpMethod.POST.equals(method) ? "create" : "describeBasic", sObject,
					HttpMethod.POST.equals(method) ? 1 : -1, false);
		}
		if (segments.length == 3 && "describe".equals(segments[2])) {
			return new ApiCall("describe", sObject, -1, false);
		}
		if (segments.length == 3) {
			String operation = HttpMethod.GET.equals(method) ? "retrieve"
					: HttpMethod.DELETE.equals(method) ? "delete" : "update";
			return new ApiCall(operation, sObject, 1, false);
		}
		return new ApiCall(HttpMethod.GET.equals(method) ? "retrieveByExternalId" : "upsert", sObject, 1, false);
	}

	private static ApiCall composite(HttpMethod method, String[] segments, URI uri, byte[] body) {
		if (segments.length == 1) {
			return new ApiCall("composite", NONE, -1, false);
		}
		if (HttpMethod.DELETE.equals(method)) {
			String ids = queryParameter(uri, "ids");
			return new ApiCall("deleteAll", NONE, (ids != null) ? ids.split(",").length : -1, false);
		}
		String operation = (segments.length > 2) ? (HttpMethod.PATCH.equals(method) ? "upsertAll" : "retrieveAll")
				: HttpMethod.POST.equals(method) ? "createAll" : "updateAll";
		String sObject = (segments.length > 2) ? segments[2] : NONE;
		JsonNode records = records(body);
		if (records != null && records.size() > 0 && NONE.equals(sObject)) {
			sObject = records.get(0).path("attributes").path("type").asString(NONE);
		}
		return new ApiCall(operation, sObject, (records != null) ? records.size() : -1, false);
	}

	private static @Nullable JsonNode records(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode records = MAPPER.readTree(body).get("records");
			return (records != null && records.isArray()) ? records : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String queryText(URI uri) {
		String q = queryParameter(uri, "q");
		return (q != null) ? q : "";
	}

	private static @Nullable String queryParameter(URI uri, String name) {
		String query = uri.getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
