package io.financialforce.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import io.financialforce.InvalidFinancialForceApiUsageException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Builds the paths of the REST API below {@code /services/data/vNN.N}, validating names and ids so that nothing but
 * a name reaches a path segment.
 */
final class ApiPaths {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");


	private static final Pattern VERSION = Pattern.compile("v?(\\d{2,3}\\.0)");

	private final String base;

	private final String version;

	ApiPaths(String version) {
		this.version = normalizeVersion(version);
		this.base = "/services/data/v" + this.version;
	}

	static String normalizeVersion(String version) {
		var matcher = VERSION.matcher(String.valueOf(version).trim());
		if (!matcher.matches()) {
			throw invalid("API version '" + version + "' is not of the form 65.0 or v65.0.");
		}
		return matcher.group(1);
	}

	String version() {
		return this.version;
	}

	String base() {
		return this.base;
	}

	String path(String suffix) {
		return this.base + suffix;
	}

	String sobject(String sObject) {
		return this.base + "/sobjects/" + name(sObject, "sObject");
	}

	String record(String sObject, String id) {
		return sobject(sObject) + "/" + id(id);
	}

	String externalId(String sObject, String field, String value) {
		if (value == null || value.isEmpty()) {
			throw invalid("The external id value for " + sObject + "." + field + " must not be empty.");
		}
		return sobject(sObject) + "/" + name(field, "external id field") + "/"
				+ UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	String query(String resource, String soql) {
		return this.base + "/" + resource + "?q=" + encodeQueryValue(soql);
	}

	static String fields(Collection<String> fields) {
		fields.forEach((field) -> name(field.replace(".", "_"), "field"));
		return String.join(",", fields);
	}

	static String encodeQueryValue(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String name(String name, String what) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw invalid("'" + name + "' is not a valid " + what + " name (letters, digits and underscores,"
					+ " starting with a letter).");
		}
		return name;
	}

	static String id(String id) {
		if (!isId(id)) {
			throw invalid("'" + id + "' is not a Salesforce id (15 or 18 letters and digits).");
		}
		return id;
	}

	/** Whether a value is 15 or 18 ASCII letters and digits; a loop, not a regex, as it runs once per id sent. */
	private static boolean isId(@Nullable String id) {
		if (id == null || (id.length() != 15 && id.length() != 18)) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
				return false;
			}
		}
		return true;
	}

	/** Checks that a {@code nextRecordsUrl} is a path of this API before the session's token goes to it. */
	String nextRecords(String url) {
		if (!url.startsWith("/services/data/") || url.contains("..") || url.contains("//")) {
			throw invalid("The API returned an unexpected nextRecordsUrl '" + url + "'.");
		}
		return url;
	}

	static InvalidFinancialForceApiUsageException invalid(String message) {
		return new InvalidFinancialForceApiUsageException(message, 0, List.of(), null);
	}

}
