package io.financialforce.emulator.auth;

import java.util.Map;
import java.util.function.Function;

import io.financialforce.emulator.http.ApiResponse;
import io.financialforce.emulator.http.SoapXml;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SOAP partner {@code login()} at {@code /services/Soap/u/{version}}: password with the security token appended;
 * faults as the real API ({@code sf:INVALID_LOGIN}, HTTP 500); refused from API 65.0 on, where login() no longer
 * exists.
 */
public final class SoapLoginApi {

	/** The first API version without SOAP login(). */
	public static final double FIRST_VERSION_WITHOUT_LOGIN = 65.0;

	private final AuthSettings settings;

	private final Sessions sessions;

	private final OAuthApi oauth;

	private final Function<String, @Nullable Map<String, Object>> users;

	/**
	 * The SOAP login endpoint.
	 * @param settings credentials
	 * @param sessions token registry
	 * @param oauth for the password rule
	 * @param users user details by id
	 */
	public SoapLoginApi(AuthSettings settings, Sessions sessions, OAuthApi oauth,
			Function<String, @Nullable Map<String, Object>> users) {
		this.settings = settings;
		this.sessions = sessions;
		this.oauth = oauth;
		this.users = users;
	}

	/**
	 * Handles {@code POST /services/Soap/u/{version}}.
	 * @param request the request
	 * @param version the version in the path, e.g. {@code 64.0}
	 * @return the login response or a fault
	 */
	public ApiResponse login(AuthRequest request, String version) {
		double number;
		try {
			number = Double.parseDouble(version);
		}
		catch (NumberFormatException ex) {
			number = -1;
		}
		if (number < 31.0 || number > 67.0) {
			return fault("UNSUPPORTED_API_VERSION", "Invalid Api version specified on URL", false);
		}
		if (number >= FIRST_VERSION_WITHOUT_LOGIN) {
			return fault("INVALID_OPERATION", "The SOAP Login operation is not available in the API version "
					+ "specified (" + version + "). Refer to the documentation for supported versions.", false);
		}
		String username;
		String password;
		try {
			Document document = SoapXml.parse(request.body());
			NodeList logins = document.getElementsByTagNameNS(SoapXml.PARTNER, "login");
			if (logins.getLength() != 1) {
				return clientFault("No operation available for request {urn:partner.soap.sforce.com}"
						+ document.getDocumentElement().getLocalName());
			}
			Element login = (Element) logins.item(0);
			username = text(login, "username");
			password = text(login, "password");
		}
		catch (Exception ex) {
			return clientFault("Unable to parse the SOAP request: " + ex.getClass().getSimpleName());
		}
		if (!this.settings.username().equalsIgnoreCase(username) || !this.oauth.passwordMatches(password)) {
			return fault("INVALID_LOGIN", "Invalid username, password, security token; or user locked out.", true);
		}
		Session session = this.sessions.issue(this.settings.userId().get(), null);
		return SoapXml.ok(loginResponse(request.baseUrl(), version, session));
	}

	private String loginResponse(String base, String version, Session session) {
		String org15 = this.settings.organizationId().substring(0, 15);
		Map<String, Object> user = this.users.apply(session.userId());
		StringBuilder xml = new StringBuilder("<loginResponse><result>");
		element(xml, "metadataServerUrl", base + "/services/Soap/m/" + version + "/" + org15);
		element(xml, "passwordExpired", "false");
		element(xml, "sandbox", "false");
		element(xml, "serverUrl", base + "/services/Soap/u/" + version + "/" + org15);
		element(xml, "sessionId", session.accessToken());
		element(xml, "userId", session.userId());
		xml.append("<userInfo>");
		element(xml, "accessibilityMode", "false");
		element(xml, "currencySymbol", "$");
		element(xml, "orgAttachmentFileSizeLimit", "5242880");
		xml.append("<orgDefaultCurrencyIsoCode xsi:nil=\"true\"/>");
		element(xml, "orgDisallowHtmlAttachments", "false");
		element(xml, "orgHasPersonAccounts", "false");
		element(xml, "organizationId", this.settings.organizationId());
		element(xml, "organizationMultiCurrency", "true");
		element(xml, "organizationName", "FinancialForce Demo");
		element(xml, "profileId", "00eDm0000000001AAA");
		xml.append("<roleId xsi:nil=\"true\"/>");
		element(xml, "sessionSecondsValid", Long.toString(this.sessions.lifetimeSeconds()));
		element(xml, "userDefaultCurrencyIsoCode", "USD");
		element(xml, "userEmail", (user != null) ? String.valueOf(user.get("Email")) : "");
		element(xml, "userFullName", (user != null) ? String.valueOf(user.get("Name")) : "");
		element(xml, "userId", session.userId());
		element(xml, "userLanguage", "en_US");
		element(xml, "userLocale", "en_US");
		element(xml, "userName", this.settings.username());
		element(xml, "userTimeZone", "GMT");
		element(xml, "userType", "Standard");
		element(xml, "userUiSkin", "Theme3");
		xml.append("</userInfo></result></loginResponse>");
		return xml.toString();
	}

	private static ApiResponse fault(String code, String message, boolean loginFault) {
		return SoapXml.fault(code, message, loginFault ? "LoginFault" : "UnexpectedErrorFault");
	}

	private static ApiResponse clientFault(String message) {
		return SoapXml.clientFault(message);
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(SoapXml.PARTNER, name);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent() : "";
	}

	private static void element(StringBuilder xml, String name, String value) {
		SoapXml.element(xml, name, value);
	}

}
