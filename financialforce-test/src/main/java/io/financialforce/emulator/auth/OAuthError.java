package io.financialforce.emulator.auth;

/**
 * An OAuth error: {@code {"error": ..., "error_description": ...}}.
 */
final class OAuthError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String error;

	OAuthError(int status, String error, String description) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
	}

	int status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

}
