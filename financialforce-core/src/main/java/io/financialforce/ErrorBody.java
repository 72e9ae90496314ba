package io.financialforce;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error body of the API read into {@link ApiError}s: the REST array, a single REST object, an OAuth
 * {@code {"error","error_description"}} object or a SOAP fault.
 *
 * @param kind which shape the body had
 * @param errors the errors read, empty for {@link Kind#NONE}
 */
record ErrorBody(Kind kind, List<ApiError> errors) {

	private static final JsonMapper MAPPER = JsonMapper.shared();

	static final ErrorBody NONE = new ErrorBody(Kind.NONE, List.of());

	/** The shape of an error body. */
	enum Kind {

		/** {@code [{"errorCode","message","fields"}]} or one such object. */
		REST,
		/** {@code {"error","error_description"}} of the OAuth token endpoint. */
		OAUTH,
		/** A SOAP {@code Fault}. */
		SOAP,
		/** Empty, HTML, plain text or malformed. */
		NONE

	}

	static ErrorBody parse(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).strip();
		if (text.startsWith("[") || text.startsWith("{")) {
			try {
				return json(MAPPER.readTree(text));
			}
			catch (JacksonException ex) {
				return NONE;
			}
		}
		if (text.startsWith("<") && text.contains("Fault")) {
			return soap(body);
		}
		return NONE;
	}

	private static ErrorBody json(JsonNode node) {
		if (node.isObject() && node.has("error")) {
			return new ErrorBody(Kind.OAUTH,
					List.of(ApiError.of(node.path("error").asString(), node.path("error_description").asString())));
		}
		List<ApiError> errors = new ArrayList<>();
		for (JsonNode item : node.isArray() ? node : List.of(node)) {
			if (item.isObject() && (item.has("errorCode") || item.has("statusCode"))) {
				String code = item.has("errorCode") ? item.path("errorCode").asString()
						: item.path("statusCode").asString();
				List<String> fields = new ArrayList<>();
				item.path("fields").forEach((field) -> fields.add(field.asString()));
				errors.add(new ApiError(code, item.path("message").asString(), fields));
			}
		}
		return errors.isEmpty() ? NONE : new ErrorBody(Kind.REST, errors);
	}

	private static ErrorBody soap(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
			String code = firstText(document, "exceptionCode");
			if (code == null) {
				code = firstText(document, "faultcode");
			}
			if (code == null) {
				return NONE;
			}
			code = code.substring(code.indexOf(':') + 1);
			String message = firstText(document, "exceptionMessage");
			if (message == null) {
				message = firstText(document, "faultstring");
			}
			return new ErrorBody(Kind.SOAP, List.of(ApiError.of(code, (message != null) ? message : "")));
		}
		catch (Exception ex) {
			return NONE;
		}
	}

	private static @Nullable String firstText(Document document, String localName) {
		NodeList nodes = document.getElementsByTagNameNS("*", localName);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent().strip() : null;
	}

}
