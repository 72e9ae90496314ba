package io.financialforce.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmulatorApplicationTests {

	@Test
	void printsTheLoginUrlAndCredentialsThenServes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (FinancialForceEmulator emulator = EmulatorApplication.start(
				new String[] { "--port", "0", "--scale", "5", "--latency-ms", "0" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
			String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
			assertThat(lines[0]).isEqualTo("login-url: http://127.0.0.1:" + emulator.port());
			assertThat(lines).contains("username: admin@demo.financialforce.example", "password: demo-password",
					"security-token: DEMOTOKEN", "client-id: demo-client-id", "client-secret: demo-client-secret");
			Wire wire = new Wire(emulator).login();
			assertThat(wire.query("SELECT COUNT() FROM c2g__codaInvoice__c").json().path("totalSize").asInt())
				.isEqualTo(5);
		}
	}

	@Test
	void rejectsUnknownOptions() {
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> EmulatorApplication.start(new String[] { "--colour", "1" }, out))
			.withMessage("Unknown option --colour");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> EmulatorApplication.start(new String[] { "--port", "x" }, out))
			.withMessage("Option --port needs a number, not 'x'");
		assertThat(EmulatorApplication.start(new String[] { "--help" }, out)).isNull();
	}

}
