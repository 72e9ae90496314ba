package io.financialforce.e2e;

import java.net.URI;

import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.emulator.DemoCredentials;
import io.financialforce.emulator.FinancialForceEmulator;

/**
 * Clients of an emulated org for the end-to-end tests, authenticated the recommended way (JWT bearer).
 */
final class EmulatorClients {

	private EmulatorClients() {
	}

	static FinancialForceClient client(FinancialForceEmulator emulator) {
		DemoCredentials credentials = emulator.credentials();
		return FinancialForceClient
			.builder(JwtBearerAuthenticator.builder(URI.create(emulator.loginUrl()), credentials.clientId(),
					credentials.username(), credentials.jwtPrivateKey()).build())
			.build();
	}

}
