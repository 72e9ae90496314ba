package io.financialforce.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.financialforce.emulator.DemoCredentials;
import io.financialforce.emulator.EmulatorApplication;

/**
 * The emulator in a JVM of its own, so that its data never weighs on the heap a workload is measured with. The API
 * requests a workload makes are read from the org's own usage counter ({@code Sforce-Limit-Info}), the same way for
 * every library.
 */
final class EmulatorProcess implements AutoCloseable {

	private final Process process;

	private final String loginUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String instanceUrl;

	private final String accessToken;

	private EmulatorProcess(Process process, String loginUrl) {
		this.process = process;
		this.loginUrl = loginUrl;
		String[] session = RawSession.login(this.http, loginUrl, DemoCredentials.demo());
		this.instanceUrl = session[0];
		this.accessToken = session[1];
	}

	static EmulatorProcess start(int scale, int latencyMillis) {
		List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx3g",
				"-Dsun.net.httpserver.nodelay=true",
				"-cp", System.getProperty("java.class.path"), EmulatorApplication.class.getName(), "--port", "0",
				"--scale", String.valueOf(scale), "--latency-ms", String.valueOf(latencyMillis), "--api-limit",
				String.valueOf(Long.MAX_VALUE / 2));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith("login-url: ")) {
					Thread drain = new Thread(() -> drain(out), "emulator-output");
					drain.setDaemon(true);
					drain.start();
					return new EmulatorProcess(process, line.substring("login-url: ".length()).trim());
				}
			}
			throw new IllegalStateException("The emulator ended without printing its login URL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void drain(BufferedReader out) {
		try {
			while (out.readLine() != null) {
				// the emulator's log is not part of the results
			}
		}
		catch (IOException ex) {
			// the emulator was stopped
		}
	}

	String loginUrl() {
		return this.loginUrl;
	}

	String instanceUrl() {
		return this.instanceUrl;
	}

	String accessToken() {
		return this.accessToken;
	}

	/**
	 * The org's API usage so far, this reading included.
	 * @return the requests counted
	 */
	long apiUsage() {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.instanceUrl + "/services/data/v64.0/limits"))
			.header("Authorization", "Bearer " + this.accessToken)
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			String info = response.headers().firstValue("Sforce-Limit-Info").orElseThrow();
			String used = info.substring(info.indexOf('=') + 1, info.indexOf('/'));
			return Long.parseLong(used.trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
