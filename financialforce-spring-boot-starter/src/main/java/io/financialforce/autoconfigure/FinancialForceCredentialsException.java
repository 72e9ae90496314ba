package io.financialforce.autoconfigure;

import java.util.List;

import io.financialforce.autoconfigure.FinancialForceProperties.AuthMode;

/**
 * The {@code financialforce.*} properties hold no usable credentials: none at all, credentials of several
 * authentication modes, or a mode without the properties it needs. The message names the properties to set; it never
 * holds a secret. The starter's failure analyzer turns it into a "set these properties" report.
 *
 * @since 0.1.0
 */
public final class FinancialForceCredentialsException extends IllegalStateException {

	private final List<String> properties;

	/**
	 * Creates the exception.
	 * @param message what is wrong and what to set
	 * @param properties the properties to set or to remove
	 */
	public FinancialForceCredentialsException(String message, List<String> properties) {
		super(message);
		this.properties = List.copyOf(properties);
	}

	/**
	 * The properties to set (or, for a conflict, to remove).
	 * @return the properties' names
	 */
	public List<String> properties() {
		return this.properties;
	}

	static FinancialForceCredentialsException missing() {
		return new FinancialForceCredentialsException("No FinancialForce credentials are configured: set the"
				+ " financialforce.* properties of one authentication mode, or define an Authenticator bean.",
				List.copyOf(AuthChoice.REQUIRED.values()));
	}

	static FinancialForceCredentialsException conflicting(String conflict) {
		return new FinancialForceCredentialsException(conflict, List.of("financialforce.auth-mode"));
	}

	static FinancialForceCredentialsException incomplete(AuthMode mode, String reason, List<String> missing) {
		return new FinancialForceCredentialsException("Authentication mode " + AuthChoice.name(mode) + " (" + reason
				+ ") needs " + String.join(", ", missing) + ", which " + ((missing.size() == 1) ? "is" : "are")
				+ " not set.", missing);
	}

}
