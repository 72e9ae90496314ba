package io.financialforce.emulator;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SOAP data calls count against the org's API usage like REST calls, and are refused past the limit.
 */
class WscUsageLimitTests {

	@Test
	void countsSoapCallsAndRefusesThemPastTheLimit() throws ConnectionException {
		try (FinancialForceEmulator emulator = FinancialForceEmulator.builder().scale(5).apiRequestLimit(1).start()) {
			DemoCredentials credentials = emulator.credentials();
			ConnectorConfig config = new ConnectorConfig();
			config.setAuthEndpoint(emulator.instanceUrl() + "/services/Soap/u/64.0");
			config.setUsername(credentials.username());
			config.setPassword(credentials.password() + credentials.securityToken());
			PartnerConnection connection = Connector.newConnection(config);
			assertThat(connection.query("SELECT COUNT() FROM Account").getSize()).isPositive();
			assertThat(emulator.apiUsage()).isOne();
			assertThatExceptionOfType(UnexpectedErrorFault.class)
				.isThrownBy(() -> connection.query("SELECT COUNT() FROM Account"))
				.satisfies((fault) -> assertThat(fault.getExceptionCode().name()).isEqualTo("REQUEST_LIMIT_EXCEEDED"));
			assertThat(emulator.apiUsage()).isOne();
			assertThat(emulator.requestCount(RequestFamily.SOAP)).isEqualTo(2);
		}
	}

}
