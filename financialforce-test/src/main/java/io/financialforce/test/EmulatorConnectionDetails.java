package io.financialforce.test;

import java.net.URI;

import io.financialforce.autoconfigure.FinancialForceConnectionDetails;
import io.financialforce.emulator.FinancialForceEmulator;

/**
 * Connects to a running emulator with its demo connected app (OAuth client credentials).
 */
final class EmulatorConnectionDetails implements FinancialForceConnectionDetails {

	private final FinancialForceEmulator emulator;

	EmulatorConnectionDetails(FinancialForceEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public URI loginUrl() {
		return URI.create(this.emulator.loginUrl());
	}

	@Override
	public String clientId() {
		return this.emulator.credentials().clientId();
	}

	@Override
	public char[] clientSecret() {
		return this.emulator.credentials().clientSecret().toCharArray();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[loginUrl=" + loginUrl() + ", clientId=" + clientId() + "]";
	}

}
