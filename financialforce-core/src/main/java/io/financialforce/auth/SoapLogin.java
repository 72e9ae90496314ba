package io.financialforce.auth;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The SOAP partner {@code login()} call (legacy; API versions up to 64.0).
 */
final class SoapLogin {

	private SoapLogin() {
	}

	static Session login(AuthHttp http, URI loginUrl, String apiVersion, String username, char[] password) {
		URI uri = URI.create(LoginUrls.origin(loginUrl) + "/services/Soap/u/" + apiVersion);
		byte[] envelope = envelope(username, password);
		byte[] answer = http.soap(uri, "login", envelope);
		String operation = "SOAP login at " + uri;
		Document document = parse(answer);
		if (document == null) {
			throw http.translator().malformedResponse(operation, 200, null);
		}
		String sessionId = text(document, "sessionId");
		String serverUrl = text(document, "serverUrl");
		if (sessionId == null || serverUrl == null) {
			throw http.translator().malformedResponse(operation, 200, null);
		}
		if ("true".equals(text(document, "passwordExpired"))) {
			throw new FinancialForceAuthenticationException(operation + " succeeded but the password of " + username
					+ " has expired; every other call would fail with INVALID_OPERATION_WITH_EXPIRED_PASSWORD. Reset the"
					+ " password in Salesforce.", 200,
					List.of(ApiError.of("INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "password expired")), null);
		}
		URI server = URI.create(serverUrl);
		return new Session(sessionId, URI.create(LoginUrls.origin(server)), http.clock.instant(), null);
	}

	private static byte[] envelope(String username, char[] password) {
		StringBuilder xml = new StringBuilder(512)
			.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
			.append(" xmlns:urn=\"urn:partner.soap.sforce.com\">")
			.append("<soapenv:Header><urn:CallOptions><urn:client>financialforce-spring</urn:client>")
			.append("</urn:CallOptions></soapenv:Header><soapenv:Body><urn:login><urn:username>")
			.append(HtmlUtils.htmlEscape(username, "UTF-8"))
			.append("</urn:username><urn:password>")
			.append(HtmlUtils.htmlEscape(CharBuffer.wrap(password).toString(), "UTF-8"))
			.append("</urn:password></urn:login></soapenv:Body></soapenv:Envelope>");
		byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
		xml.setLength(0);
		return bytes;
	}

	private static @Nullable Document parse(byte[] answer) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer));
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static @Nullable String text(Document document, String localName) {
		NodeList nodes = document.getElementsByTagNameNS("*", localName);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent().strip() : null;
	}

}
