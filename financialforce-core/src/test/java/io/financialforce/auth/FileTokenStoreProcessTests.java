package io.financialforce.auth;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes updating one {@link FileTokenStore} lose no update: the file lock excludes the other process during
 * each read-modify-write (as it does for a refresh with a rotating refresh token).
 */
class FileTokenStoreProcessTests {

	static final int UPDATES = 100;

	@Test
	void twoProcessesNeverInterleaveUpdates(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("tokens.json");
		Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Counter.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(other.getInputStream()));
		assertThat(output.readLine()).isEqualTo("ready");

		Counter.count(new FileTokenStore(file));

		assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output.readLine()).isNull();
		assertThat(other.exitValue()).isZero();
		assertThat(new FileTokenStore(file).load("counter").orElseThrow().refreshToken())
			.isEqualTo("count-" + (2 * UPDATES));
	}

	/** Increments a counter kept as the refresh token, {@link #UPDATES} times. */
	static final class Counter {

		public static void main(String[] args) {
			FileTokenStore store = new FileTokenStore(Path.of(args[0]));
			store.load("counter");
			System.out.println("ready");
			System.out.flush();
			count(store);
		}

		static void count(FileTokenStore store) {
			for (int i = 0; i < UPDATES; i++) {
				store.update("counter", (current) -> {
					int count = (current != null) ? Integer.parseInt(current.refreshToken().substring(6)) : 0;
					return new StoredTokens("count-" + (count + 1), null);
				});
			}
		}

	}

}
