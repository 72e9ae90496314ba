package io.financialforce.emulator.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * The SOAP 1.1 envelope of the partner API: the response envelope, faults as the real API sends them (HTTP 500,
 * {@code sf:CODE} fault code and a typed detail), safe parsing of requests and XML escaping.
 */
public final class SoapXml {

	/** The partner API's namespace. */
	public static final String PARTNER = "urn:partner.soap.sforce.com";

	/** The partner API's content type. */
	public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

	private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
			+ "xmlns=\"urn:partner.soap.sforce.com\" xmlns:sf=\"urn:sobject.partner.soap.sforce.com\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>";

	private static final String ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>";

	private static final int CHUNK = 16 * 1024;

	private SoapXml() {
	}

	/**
	 * A successful response: the body content wrapped in the envelope.
	 * @param body the body's content, e.g. {@code <loginResponse>...</loginResponse>}
	 * @return HTTP 200 with the envelope
	 */
	public static ApiResponse ok(CharSequence body) {
		return ApiResponse.text(200, CONTENT_TYPE, new StringBuilder(ENVELOPE_START.length() + body.length() + 40)
			.append(ENVELOPE_START).append(body).append(ENVELOPE_END).toString());
	}

	/**
	 * A successful response written as it is sent: the content goes out in chunks as it grows.
	 * @param content writes the body's content
	 * @return HTTP 200 with the envelope
	 */
	static ApiResponse okStreamed(Content content) {
		return ApiResponse.streamed(200, CONTENT_TYPE, (out) -> {
			StringBuilder xml = new StringBuilder(CHUNK + CHUNK / 2).append(ENVELOPE_START);
			content.write(xml, () -> {
				if (xml.length() >= CHUNK) {
					out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
					xml.setLength(0);
				}
			});
			out.write(xml.append(ENVELOPE_END).toString().getBytes(StandardCharsets.UTF_8));
		});
	}

	/**
	 * An API fault: {@code faultcode sf:CODE}, {@code faultstring "CODE: message"} and a detail of the given type.
	 * @param code the exception code, e.g. {@code INVALID_SESSION_ID}
	 * @param message the message
	 * @param detailType the fault type of the partner WSDL, e.g. {@code UnexpectedErrorFault}
	 * @return HTTP 500 with the fault
	 */
	public static ApiResponse fault(String code, String message, String detailType) {
		String xml = ENVELOPE_START + "<soapenv:Fault xmlns:sf=\"urn:fault.partner.soap.sforce.com\">"
				+ "<faultcode>sf:" + code + "</faultcode><faultstring>" + escape(code + ": " + message)
				+ "</faultstring><detail><sf:" + detailType + " xsi:type=\"sf:" + detailType
				+ "\"><sf:exceptionCode>" + code + "</sf:exceptionCode><sf:exceptionMessage>" + escape(message)
				+ "</sf:exceptionMessage></sf:" + detailType + "></detail></soapenv:Fault>" + ENVELOPE_END;
		return ApiResponse.text(500, CONTENT_TYPE, xml);
	}

	/**
	 * A {@code soapenv:Client} fault, for requests that are not a known operation.
	 * @param message the message
	 * @return HTTP 500 with the fault
	 */
	public static ApiResponse clientFault(String message) {
		String xml = ENVELOPE_START + "<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>"
				+ escape(message) + "</faultstring></soapenv:Fault>" + ENVELOPE_END;
		return ApiResponse.text(500, CONTENT_TYPE, xml);
	}

	/**
	 * Parses a request namespace-aware, refusing DTDs and external entities.
	 * @param body the request body
	 * @return the document
	 * @throws Exception when the body is not XML
	 */
	public static Document parse(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(new ByteArrayInputStream(body));
	}

	/**
	 * Appends {@code <name>value</name>} with the value escaped.
	 * @param xml the target
	 * @param name the element name
	 * @param value the text
	 */
	public static void element(StringBuilder xml, String name, String value) {
		xml.append('<').append(name).append('>');
		escape(xml, value);
		xml.append("</").append(name).append('>');
	}

	/**
	 * Escapes text for XML content and attributes.
	 * @param text the text
	 * @return the escaped text
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		escape(out, text);
		return out.toString();
	}

	static void escape(StringBuilder out, String text) {
		int plain = 0;
		while (plain < text.length() && !needsEscape(text.charAt(plain))) {
			plain++;
		}
		if (plain == text.length()) {
			out.append(text);
			return;
		}
		out.append(text, 0, plain);
		for (int i = plain; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
	}

	/**
	 * Writes the content of a streamed body.
	 */
	@FunctionalInterface
	interface Content {

		/**
		 * Appends the content.
		 * @param xml the text not yet sent
		 * @param sink sends the text so far once it is large; call between elements
		 * @throws IOException if the client connection fails
		 */
		void write(StringBuilder xml, Sink sink) throws IOException;

	}

	/**
	 * Sends the text appended so far once it is large.
	 */
	@FunctionalInterface
	interface Sink {

		/**
		 * Sends the text appended so far if it is large.
		 * @throws IOException if the client connection fails
		 */
		void flushIfLarge() throws IOException;

	}

}
