package io.financialforce.emulator.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed partner SOAP request, and the reading of its parts: headers, child texts, and sObjects in the REST
 * record shape the shared write logic takes.
 * @param document the envelope
 * @param operation the body's operation element, e.g. {@code query}
 * @param sessionId the {@code SessionHeader}'s session id, if any
 */
record SoapCall(Document document, Element operation, @Nullable String sessionId) {

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	@Nullable Element header(String name) {
		Element envelope = this.document.getDocumentElement();
		for (Element section : children(envelope)) {
			if ("Header".equals(section.getLocalName())) {
				for (Element header : children(section)) {
					if (name.equals(header.getLocalName())) {
						return header;
					}
				}
			}
		}
		return null;
	}

	static SoapCall parse(byte[] body) throws Exception {
		Document document = SoapXml.parse(body);
		Element operation = null;
		for (Element section : children(document.getDocumentElement())) {
			if ("Body".equals(section.getLocalName())) {
				List<Element> operations = children(section);
				operation = operations.isEmpty() ? null : operations.get(0);
			}
		}
		if (operation == null) {
			throw new IllegalArgumentException("no operation in the SOAP body");
		}
		SoapCall call = new SoapCall(document, operation, null);
		String sessionId = headerText(call, "SessionHeader", "sessionId");
		return new SoapCall(document, operation, sessionId);
	}

	static List<JsonNode> sObjects(Element operation) {
		List<JsonNode> records = new ArrayList<>();
		for (Element sObject : children(operation)) {
			if ("sObjects".equals(sObject.getLocalName())) {
				records.add(record(sObject));
			}
		}
		return records;
	}

	/**
	 * A partner sObject as the REST record shape: {@code attributes.type}, {@code Id}, fields typed by their
	 * {@code xsi:type}, {@code fieldsToNull} as nulls, nested sObjects (external id references) as nested records.
	 */
	private static ObjectNode record(Element sObject) {
		ObjectNode record = Json.object();
		ObjectNode attributes = record.putObject("attributes");
		for (Element child : children(sObject)) {
			String name = child.getLocalName();
			String text = child.getTextContent();
			if ("type".equals(name)) {
				attributes.put("type", text);
			}
			else if ("fieldsToNull".equals(name)) {
				record.putNull(text);
			}
			else if ("Id".equals(name)) {
				if (!text.isBlank()) {
					record.put("Id", text);
				}
			}
			else if ("true".equals(child.getAttributeNS(XSI, "nil"))) {
				record.putNull(name);
			}
			else if (!children(child).isEmpty()) {
				record.set(name, record(child));
			}
			else {
				record.set(name, typed(child.getAttributeNS(XSI, "type"), text));
			}
		}
		return record;
	}

	private static JsonNode typed(String xsiType, String text) {
		String type = xsiType.substring(xsiType.indexOf(':') + 1);
		try {
			return switch (type) {
				case "boolean" -> Json.value(Boolean.parseBoolean(text.trim()));
				case "int", "long", "double", "decimal", "float" -> Json.value(new BigDecimal(text.trim()));
				default -> Json.value(text);
			};
		}
		catch (NumberFormatException ex) {
			return Json.value(text);
		}
	}

	static @Nullable String headerText(SoapCall call, String header, String name) {
		Element element = call.header(header);
		if (element == null) {
			return null;
		}
		List<String> values = childTexts(element, name);
		return values.isEmpty() ? null : values.get(0).trim();
	}

	static String childText(Element parent, String name) {
		List<String> values = childTexts(parent, name);
		return values.isEmpty() ? "" : values.get(0);
	}

	static List<String> childTexts(Element parent, String name) {
		List<String> values = new ArrayList<>();
		for (Element child : children(parent)) {
			if (name.equals(child.getLocalName())) {
				values.add(child.getTextContent());
			}
		}
		return values;
	}

	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

}
