package io.financialforce.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.financialforce.emulator.DemoCredentials;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code real-org} profile, reading JWT bearer credentials from the variables the README documents, against an
 * org that is not embedded (an emulator started apart, as a real org would be).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("real-org")
@ExtendWith(OutputCaptureExtension.class)
class RealOrgProfileTests {

	static final FinancialForceEmulator org = FinancialForceEmulator.builder().scale(100).start();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrgSummary orgSummary;

	@DynamicPropertySource
	static void environmentVariables(DynamicPropertyRegistry registry) {
		DemoCredentials credentials = org.credentials();
		registry.add("FF_LOGIN_URL", org::loginUrl);
		registry.add("FF_CLIENT_ID", credentials::clientId);
		registry.add("FF_JWT_USERNAME", credentials::username);
		registry.add("FF_JWT_PRIVATE_KEY", () -> "file:" + privateKeyFile(credentials));
	}

	@AfterAll
	static void stopOrg() {
		org.close();
	}

	@Test
	void connectsWithJwtBearerAndStartsNoEmbeddedOrg(CapturedOutput output) {
		assertThat(this.context.getBeanNamesForType(FinancialForceEmulator.class)).isEmpty();
		org.reset();
		Api.Response aging = new Api(this.port).get("/api/receivables/aging");
		assertThat(aging.status()).isEqualTo(200);
		assertThat(aging.json().path("customers").size()).isPositive();
		assertThat(org.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		this.orgSummary.run(null);
		assertThat(output.getOut()).contains("Connected to the FinancialForce org at " + org.loginUrl() + " as "
				+ org.credentials().username() + ": 2 companies").doesNotContain("PRIVATE KEY");
	}

	private static Path privateKeyFile(DemoCredentials credentials) {
		try {
			Path file = Files.createTempFile("sample-jwt", ".pem");
			file.toFile().deleteOnExit();
			return Files.writeString(file, credentials.jwtPrivateKeyPem());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
