package io.financialforce.test;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Properties of the embedded emulator the test support starts, under {@code financialforce.emulator}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("financialforce.emulator")
public class FinancialForceEmulatorProperties {

	/**
	 * Whether to start the embedded FinancialForce emulator and connect the auto-configured client to it (the
	 * credential properties are then ignored).
	 */
	private boolean enabled;

	/**
	 * Port of the emulator; 0 picks a free one.
	 */
	private int port;

	/**
	 * Whether to seed the deterministic FinancialForce demo org.
	 */
	private boolean demoData = true;

	/**
	 * Sales invoices of the demo org.
	 */
	private int invoices = 1000;

	/**
	 * Resources of the emulator's JSON format with further objects and records, loaded at start.
	 */
	private List<String> fixtures = new ArrayList<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public boolean isDemoData() {
		return this.demoData;
	}

	public void setDemoData(boolean demoData) {
		this.demoData = demoData;
	}

	public int getInvoices() {
		return this.invoices;
	}

	public void setInvoices(int invoices) {
		this.invoices = invoices;
	}

	public List<String> getFixtures() {
		return this.fixtures;
	}

	public void setFixtures(List<String> fixtures) {
		this.fixtures = fixtures;
	}

}
