package io.financialforce.autoconfigure.observation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.client.FinancialForceClient;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FinancialForceObservationInterceptorTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

	private ApplicationContextRunner runner(FakeOrg org) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				FinancialForceObservationInterceptorTests.this.observed.add(context);
			}

		});
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(RestClientAutoConfiguration.class, FinancialForceAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s");
	}

	@Test
	void observesAQueryWithItsSObjectOutcomeAndRecordCount() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			assertThat(client.query("SELECT Name, (SELECT Id FROM Contacts) FROM Account WHERE Name = 'x FROM y'")
				.stream()
				.count()).isEqualTo(3);
			Observation.Context query = only("query");
			assertThat(query.getName()).isEqualTo(FinancialForceObservationInterceptor.OBSERVATION_NAME);
			assertThat(query.getContextualName()).isEqualTo("financialforce query");
			assertThat(keys(query)).containsEntry("financialforce.sobject", "Account")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("status", "200")
				.containsEntry("financialforce.error", "none")
				.containsEntry("financialforce.records", "3");
		});
	}

	@Test
	void observesWritesWithTheirRecordCount() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			client.create("Account", Map.of("Name", "Acme"));
			assertThat(keys(only("create"))).containsEntry("financialforce.sobject", "Account")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("status", "201")
				.containsEntry("financialforce.records", "1");
		});
	}

	@Test
	void observesFailuresWithTheApiErrorCode() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			assertThatExceptionOfType(FinancialForceNotFoundException.class)
				.isThrownBy(() -> client.describe("c2g__codaInvoice__c"))
				.withMessageContaining("NOT_FOUND");
			assertThat(keys(only("describe"))).containsEntry("financialforce.sobject", "c2g__codaInvoice__c")
				.containsEntry("outcome", "CLIENT_ERROR")
				.containsEntry("status", "404")
				.containsEntry("financialforce.error", "NOT_FOUND");
		});
	}

	@Test
	void observesOneCallPerRequestAndNoLogin() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			client.limits();
			client.versions();
			assertThat(this.observed).filteredOn((observation) -> observation.getName()
				.equals(FinancialForceObservationInterceptor.OBSERVATION_NAME))
				.extracting((observation) -> keys(observation).get("financialforce.operation"))
				.containsExactly("limits", "versions");
			assertThat(org.requests("/services/oauth2/token")).isOne();
		});
	}

	private Observation.Context only(String operation) {
		List<Observation.Context> matching = this.observed.stream()
			.filter((context) -> operation.equals(keys(context).get("financialforce.operation")))
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static Map<String, String> keys(Observation.Context context) {
		return context.getAllKeyValues()
			.stream()
			.collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue, (a, b) -> b));
	}

}
