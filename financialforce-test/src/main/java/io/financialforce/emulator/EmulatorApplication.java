package io.financialforce.emulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;

/**
 * Runs the emulator standalone:
 * {@code java -jar financialforce-emulator.jar [--port 8484] [--latency-ms N] [--scale N] [--seed N]}. Prints the
 * login URL and the demo credentials, then serves until killed.
 */
public final class EmulatorApplication {

	private EmulatorApplication() {
	}

	/**
	 * Starts the emulator.
	 * @param args the options
	 * @throws InterruptedException when interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		FinancialForceEmulator emulator;
		try {
			emulator = start(args, System.out);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage() + " (try --help)");
			System.exit(2);
			return;
		}
		if (emulator == null) {
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "financialforce-emulator-shutdown"));
		new CountDownLatch(1).await();
	}

	/**
	 * Starts an emulator from command-line options and prints its login URL and credentials.
	 * @param args the options
	 * @param out where to print
	 * @return the running emulator, or null when only the usage was asked for
	 * @throws IllegalArgumentException for an unknown or incomplete option
	 */
	static @Nullable FinancialForceEmulator start(String[] args, PrintStream out) {
		FinancialForceEmulator.Builder builder = FinancialForceEmulator.builder().port(8484);
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if ("--help".equals(option) || "-h".equals(option)) {
				out.println("usage: java -jar financialforce-emulator.jar [--port 8484] [--latency-ms N] "
						+ "[--scale N] [--seed N] [--api-limit N]");
				return null;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Option " + option + " needs a value");
			}
			long value;
			try {
				value = Long.parseLong(args[++i]);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Option " + option + " needs a number, not '" + args[i] + "'");
			}
			switch (option) {
				case "--port" -> builder.port((int) value);
				case "--latency-ms" -> builder.latency(Duration.ofMillis(value));
				case "--scale" -> builder.scale((int) value);
				case "--seed" -> builder.seed(value);
				case "--api-limit" -> builder.apiRequestLimit(value);
				default -> throw new IllegalArgumentException("Unknown option " + option);
			}
		}
		FinancialForceEmulator emulator = builder.start();
		DemoCredentials credentials = emulator.credentials();
		out.println("login-url: " + emulator.loginUrl());
		out.println("username: " + credentials.username());
		out.println("password: " + credentials.password());
		out.println("security-token: " + credentials.securityToken());
		out.println("client-id: " + credentials.clientId());
		out.println("client-secret: " + credentials.clientSecret());
		out.flush();
		return emulator;
	}

}
