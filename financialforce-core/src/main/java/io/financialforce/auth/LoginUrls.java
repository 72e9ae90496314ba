package io.financialforce.auth;

import java.net.URI;

import org.springframework.util.Assert;

/**
 * Well-known Salesforce login URLs. Any other URL (a My Domain, a community, a local emulator) works as well.
 */
public final class LoginUrls {

	/** Production and developer orgs. */
	public static final URI PRODUCTION = URI.create("https://login.salesforce.com");

	/** Sandboxes. */
	public static final URI SANDBOX = URI.create("https://test.salesforce.com");

	private LoginUrls() {
	}

	/**
	 * The login URL of a My Domain.
	 * @param domain the My Domain name, for example {@code acme} or {@code acme--uat.sandbox}
	 * @return {@code https://{domain}.my.salesforce.com}
	 */
	public static URI myDomain(String domain) {
		Assert.hasText(domain, "'domain' must not be empty");
		return URI.create("https://" + domain + ".my.salesforce.com");
	}

	/**
	 * The JWT audience Salesforce expects for a login URL: the sandbox or production login host for My Domains of
	 * either kind, the login URL itself otherwise.
	 * @param loginUrl the login URL
	 * @return the audience
	 */
	static String audienceFor(URI loginUrl) {
		String host = String.valueOf(loginUrl.getHost());
		if (host.endsWith(".sandbox.my.salesforce.com")) {
			return SANDBOX.toString();
		}
		if (host.endsWith(".my.salesforce.com")) {
			return PRODUCTION.toString();
		}
		return origin(loginUrl);
	}

	static String origin(URI url) {
		return url.getScheme() + "://" + url.getRawAuthority();
	}

}
