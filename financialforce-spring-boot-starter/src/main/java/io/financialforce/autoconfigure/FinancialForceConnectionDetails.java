package io.financialforce.autoconfigure;

import java.net.URI;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where and as whom to connect, supplied by a bean rather than by properties — the way Spring Boot's service
 * connections plug in a container. When a bean of this type exists, the auto-configured {@code Authenticator} uses
 * the OAuth client credentials flow against {@link #loginUrl()} and ignores the credential properties; the test
 * support's {@code @AutoConfigureFinancialForceEmulator} defines one for the embedded emulator.
 *
 * @since 0.1.0
 */
public interface FinancialForceConnectionDetails extends ConnectionDetails {

	/**
	 * The login URL whose token endpoint issues sessions, for example the org's My Domain.
	 * @return the login URL
	 */
	URI loginUrl();

	/**
	 * The connected app's client id (consumer key).
	 * @return the client id
	 */
	String clientId();

	/**
	 * The connected app's client secret; callers must not keep or print it.
	 * @return a copy of the secret
	 */
	char[] clientSecret();

}
