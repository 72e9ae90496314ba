package io.financialforce.emulator.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.OrgStore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code POST /composite}: up to 25 subrequests in one call, later ones referring to earlier results with
 * {@code @{referenceId.path}}; with {@code allOrNone} a failure rolls every subrequest back and the others answer
 * {@code PROCESSING_HALTED}.
 */
final class CompositeApi {

	static final int MAX_SUBREQUESTS = 25;

	private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)((?:\\.[A-Za-z0-9_]+|\\[\\d+\\])*)\\}");

	private static final Pattern URL = Pattern.compile("^/services/data/v(\\d+\\.\\d)(/[^?]*)?(?:\\?(.*))?$");

	private static final String HALTED = "The transaction was rolled back since another operation in the same "
			+ "transaction failed.";

	private final OrgStore store;

	private final DataApi dataApi;

	CompositeApi(OrgStore store, DataApi dataApi) {
		this.store = store;
		this.dataApi = dataApi;
	}

	ApiResponse handle(ApiRequest request) {
		JsonNode body = request.requireBody();
		JsonNode subrequests = body.path("compositeRequest");
		if (!subrequests.isArray() || subrequests.isEmpty()) {
			throw ApiException.badRequest("JSON_PARSER_ERROR", "The request body needs a 'compositeRequest' array.");
		}
		if (subrequests.size() > MAX_SUBREQUESTS) {
			throw ApiException.badRequest("LIMIT_EXCEEDED",
					"Too many subrequests: " + subrequests.size() + ". The maximum is " + MAX_SUBREQUESTS + ".");
		}
		boolean allOrNone = body.path("allOrNone").asBoolean(false);
		List<JsonNode> items = new ArrayList<>();
		subrequests.forEach(items::add);
		ArrayNode responses = this.store.atomically((tx) -> {
			Map<String, ObjectNode> byReference = new LinkedHashMap<>();
			List<ObjectNode> results = new ArrayList<>();
			int failedAt = -1;
			for (int i = 0; i < items.size(); i++) {
				JsonNode item = items.get(i);
				String referenceId = item.path("referenceId").asString("");
				ObjectNode result = execute(request, item, byReference);
				result.put("referenceId", referenceId);
				results.add(result);
				byReference.put(referenceId, result);
				if (result.path("httpStatusCode").asInt() >= 400 && allOrNone) {
					failedAt = i;
					break;
				}
			}
			ArrayNode array = Json.array();
			if (failedAt < 0) {
				results.forEach(array::add);
				return array;
			}
			tx.setRollbackOnly();
			for (int i = 0; i < items.size(); i++) {
				if (i == failedAt) {
					array.add(results.get(i));
					continue;
				}
				ObjectNode halted = Json.object();
				ArrayNode errors = halted.putArray("body");
				errors.addObject().put("errorCode", "PROCESSING_HALTED").put("message", HALTED);
				halted.putObject("httpHeaders");
				halted.put("httpStatusCode", 400);
				halted.put("referenceId", items.get(i).path("referenceId").asString(""));
				array.add(halted);
			}
			return array;
		});
		ObjectNode root = Json.object();
		root.set("compositeResponse", responses);
		return ApiResponse.json(200, root);
	}

	private ObjectNode execute(ApiRequest parent, JsonNode item, Map<String, ObjectNode> byReference) {
		ApiResponse response;
		try {
			String url = resolve(item.path("url").asString(""), byReference, true);
			Matcher matcher = URL.matcher(url);
			if (!matcher.matches()) {
				throw ApiException.badRequest("INVALID_INPUT", "The url of a subrequest must start with /services/data/vNN.N: " + url);
			}
			String method = item.path("method").asString("GET").toUpperCase(java.util.Locale.ROOT);
			JsonNode body = item.get("body");
			if (body != null && !body.isNull()) {
				body = resolveBody(body, byReference);
			}
			else {
				body = null;
			}
			String path = (matcher.group(2) != null) ? matcher.group(2) : "";
			List<String> segments = new ArrayList<>();
			for (String segment : path.split("/")) {
				if (!segment.isEmpty()) {
					segments.add(java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			Map<String, String> headers = new LinkedHashMap<>(parent.headers());
			ApiRequest subrequest = new ApiRequest(method, matcher.group(1), segments,
					ApiRequest.parseQuery(matcher.group(3)), headers, body);
			if (!segments.isEmpty() && "composite".equals(segments.get(0)) && segments.size() == 1) {
				throw ApiException.badRequest("INVALID_INPUT", "A composite request cannot contain a composite request");
			}
			response = this.dataApi.handle(subrequest);
		}
		catch (ApiException ex) {
			response = ApiResponse.error(ex);
		}
		ObjectNode result = Json.object();
		result.set("body", response.json());
		ObjectNode headers = result.putObject("httpHeaders");
		response.headers().forEach(headers::put);
		result.put("httpStatusCode", response.status());
		return result;
	}

	private JsonNode resolveBody(JsonNode node, Map<String, ObjectNode> byReference) {
		if (node.isString()) {
			return StringNode.valueOf(resolve(node.stringValue(), byReference, false));
		}
		if (node.isObject()) {
			ObjectNode copy = Json.object();
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				copy.set(entry.getKey(), resolveBody(entry.getValue(), byReference));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = Json.array();
			node.forEach((element) -> copy.add(resolveBody(element, byReference)));
			return copy;
		}
		return node;
	}

	private static String resolve(String text, Map<String, ObjectNode> byReference, boolean encode) {
		Matcher matcher = REFERENCE.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String referenceId = matcher.group(1);
			ObjectNode result = byReference.get(referenceId);
			JsonNode value = (result != null && result.path("httpStatusCode").asInt() < 400)
					? navigate(result.path("body"), matcher.group(2)) : null;
			if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
				throw ApiException.badRequest("PROCESSING_HALTED", "Invalid reference specified. No value for "
						+ referenceId + matcher.group(2) + " found in " + referenceId + ". Provided referenceId ('"
						+ referenceId + "') must be the id of an earlier subrequest that succeeded.");
			}
			String replacement = value.asString();
			if (encode) {
				replacement = URI.create("x:" + replacement.replace(" ", "%20")).getRawSchemeSpecificPart();
			}
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	private static @Nullable JsonNode navigate(JsonNode body, String path) {
		JsonNode current = body;
		Matcher step = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)\\]").matcher(path);
		while (step.find()) {
			current = (step.group(1) != null) ? current.path(step.group(1))
					: current.path(Integer.parseInt(step.group(2)));
		}
		return current;
	}

}
