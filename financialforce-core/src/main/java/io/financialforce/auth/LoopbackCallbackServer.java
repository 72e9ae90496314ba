package io.financialforce.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.financialforce.ApiError;
import io.financialforce.FinancialForceAuthenticationException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A one-shot HTTP server on the loopback interface that receives the redirect of the authorization code flow
 * ({@code code} and {@code state}) and stops.
 */
final class LoopbackCallbackServer implements AutoCloseable {

	private final HttpServer server;

	private final URI redirectUri;

	private final String state;

	private final CompletableFuture<String> code = new CompletableFuture<>();

	private LoopbackCallbackServer(URI redirectUri, String state) throws IOException {
		int port = Math.max(redirectUri.getPort(), 0);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		String path = (redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty()) ? "/"
				: redirectUri.getRawPath();
		this.redirectUri = URI.create(redirectUri.getScheme() + "://" + redirectUri.getHost() + ":"
				+ this.server.getAddress().getPort() + path);
		this.state = state;
		this.server.createContext(path, this::handle);
		this.server.start();
	}

	/**
	 * Starts a server for the given redirect URI ({@code http://localhost:PORT/path}; port 0 picks a free port).
	 */
	static LoopbackCallbackServer start(URI redirectUri, String state) {
		try {
			return new LoopbackCallbackServer(redirectUri, state);
		}
		catch (IOException ex) {
			throw failure("Cannot listen on " + redirectUri + " for the authorization redirect (" + ex.getMessage()
					+ "); free the port or configure another redirect URI registered on the connected app.",
					"CALLBACK_UNAVAILABLE");
		}
	}

	/** The redirect URI with the port actually bound. */
	URI redirectUri() {
		return this.redirectUri;
	}

	/** Waits for the redirect and returns its authorization code. */
	String awaitCode(Duration timeout) {
		try {
			return this.code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw failure("No authorization arrived at " + this.redirectUri + " within " + timeout
					+ "; open the logged URL in a browser and allow access.", "CONSENT_TIMEOUT");
		}
		catch (ExecutionException ex) {
			throw (RuntimeException) ex.getCause();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure("Interrupted while waiting for the authorization redirect.", "CONSENT_INTERRUPTED");
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
		String error = query.get("error");
		int status;
		String page;
		if (this.code.isDone()) {
			status = 410;
			page = "This authorization was already received.";
		}
		else if (error == null && query.get("code") == null) {
			status = 400;
			page = "Waiting for the authorization redirect of Salesforce.";
		}
		else if (!this.state.equals(query.get("state"))) {
			status = 400;
			page = "Unexpected state; start the authorization again.";
			this.code.completeExceptionally(failure("The authorization redirect carried an unexpected state (a stale"
					+ " or forged redirect); authorize again.", "STATE_MISMATCH"));
		}
		else if (error != null) {
			status = 400;
			page = "Authorization failed: " + HtmlUtils.htmlEscape(error);
			this.code.completeExceptionally(failure("Salesforce refused the authorization: " + error + " "
					+ query.getOrDefault("error_description", "") + ". Allow access in the browser, and check the"
					+ " connected app's callback URL and scopes.", error));
		}
		else {
			status = 200;
			page = "Authorization received; you can close this window.";
			this.code.complete(query.get("code"));
		}
		byte[] body = ("<!DOCTYPE html><html><body><p>" + page + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Map<String, String> parse(@Nullable String rawQuery) {
		Map<String, String> values = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static FinancialForceAuthenticationException failure(String message, String code) {
		return new FinancialForceAuthenticationException(message, 0, List.of(ApiError.of(code, message)), null);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
