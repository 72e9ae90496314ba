package io.financialforce.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.core.mapping.MappingMismatchException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.validation.ObjectError;

/**
 * Explains start-up failures of FinancialForce for Spring: invalid or contradictory {@code financialforce.*}
 * properties, missing credentials ("set these properties"), authentication failures with the OAuth or SOAP error
 * code and the likely fix, and mappings that do not match the org. Runs before Spring Boot's generic binding
 * analyzers.
 */
final class FinancialForceFailureAnalyzer implements FailureAnalyzer, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindValidationException invalid
					&& "financialforce".equals(invalid.getValidationErrors().getName().toString())) {
				return invalidProperties(invalid);
			}
			if (cause instanceof FinancialForceCredentialsException credentials) {
				return credentials(credentials);
			}
			if (cause instanceof FinancialForceAuthenticationException authentication) {
				return authentication(authentication);
			}
			if (cause instanceof MappingMismatchException mismatch) {
				return new FailureAnalysis(mismatch.getMessage(), "Fix the @SObject and @SObjectField names and the"
						+ " property types the list shows; the org's describe metadata (Setup > Object Manager, or"
						+ " GET /services/data/vNN.0/sobjects/{name}/describe) is the reference.", mismatch);
			}
		}
		return null;
	}

	private FailureAnalysis invalidProperties(BindValidationException invalid) {
		List<String> messages = invalid.getValidationErrors()
			.getAllErrors()
			.stream()
			.map(ObjectError::getDefaultMessage)
			.map((message) -> "    - " + message)
			.toList();
		return new FailureAnalysis("The financialforce.* properties are invalid:\n" + String.join("\n", messages),
				"Update the financialforce.* properties as each problem says (see the starter's README for the"
						+ " properties of each authentication mode).",
				invalid);
	}

	private FailureAnalysis credentials(FinancialForceCredentialsException ex) {
		String action;
		if (ex.properties().equals(List.copyOf(AuthChoice.REQUIRED.values()))) {
			action = "Set the properties of one authentication mode:\n" + AuthChoice.REQUIRED.entrySet()
				.stream()
				.map((entry) -> "    " + AuthChoice.name(entry.getKey()) + ": " + entry.getValue())
				.collect(Collectors.joining("\n"))
					+ "\nor use the embedded emulator in tests (@AutoConfigureFinancialForceEmulator from"
					+ " financialforce-test), or define your own Authenticator bean.";
		}
		else {
			action = "Set " + String.join(", ", ex.properties()) + ".";
		}
		return new FailureAnalysis(ex.getMessage(), action, ex);
	}

	private FailureAnalysis authentication(FinancialForceAuthenticationException ex) {
		String code = ex.errorCode();
		return new FailureAnalysis("FinancialForce authentication failed" + ((code != null) ? " with " + code : "")
				+ ": " + ex.getMessage(),
				"Fix the credentials of the authentication mode logged at start-up (\"FinancialForce authentication:"
						+ " ...\") as the message says, or unset financialforce.validate-on-startup to defer the"
						+ " login to the first call.",
				ex);
	}

}
