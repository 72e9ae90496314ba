package io.financialforce.emulator;

/**
 * A failure the emulator can inject instead of answering a request.
 */
public enum Fault {

	/** HTTP 503 with a {@code SERVER_UNAVAILABLE} error body. */
	SERVICE_UNAVAILABLE,
	/** The connection is closed without any response. */
	DROP_CONNECTION

}
