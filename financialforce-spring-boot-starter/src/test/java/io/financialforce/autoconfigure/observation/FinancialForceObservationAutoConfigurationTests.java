package io.financialforce.autoconfigure.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.observation.ClientOperation;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationContext;
import io.financialforce.client.observation.FinancialForceObservationConvention;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.observation.ClientRequestObservationContext;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FinancialForceObservationAutoConfigurationTests {

	private static final String SOQL = "SELECT Name FROM Opportunity WHERE Name != 'secret plan'";

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private ApplicationContextRunner runner(FakeOrg org) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					RestClientAutoConfiguration.class, RestClientObservationAutoConfiguration.class,
					FinancialForceAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> this.registry)
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s");
	}

	@Test
	void observesEachPageOfAQueryInBootsRegistry() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			assertThat(client.query(SOQL).stream().count()).isEqualTo(6);

			assertThat(org.requests("/services/data/v65.0/query")).isOne();
			assertThat(org.requests("/services/data/v65.0/query/01gOPP-2")).isOne();
			assertThat(org.requests("/services/data/v65.0/query/01gOPP-3")).isOne();
			List<FinancialForceObservationContext> operations = operations();
			assertThat(operations).extracting(FinancialForceObservationContext::getOperation)
				.containsExactly(ClientOperation.QUERY, ClientOperation.TOKEN, ClientOperation.QUERY_MORE,
						ClientOperation.QUERY_MORE);
			List<Map<String, String>> pages = operations.stream()
				.filter((operation) -> operation.getOperation() != ClientOperation.TOKEN)
				.map(FinancialForceObservationAutoConfigurationTests::keys)
				.toList();
			assertThat(pages).allSatisfy((keys) -> assertThat(keys).containsEntry("financialforce.sobject", "Opportunity")
				.containsEntry("financialforce.api.version", "65.0")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("status", "200")
				.containsEntry("financialforce.error", "none")
				.containsEntry("financialforce.records", "2")
				.containsEntry("financialforce.requests", "1")
				.doesNotContainKey("financialforce.soql"));
			assertThat(pages).extracting((keys) -> keys.get("financialforce.query.page")).containsExactly("1", "2", "3");
		});
	}

	@Test
	void observesARequestRetriedAfterSessionExpiryOnce() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			client.limits();
			org.expireSession();
			this.registry.clear();

			client.limits();

			assertThat(org.requests("/services/data/v65.0/limits")).isEqualTo(3);
			List<FinancialForceObservationContext> operations = operations();
			assertThat(operations).extracting(FinancialForceObservationContext::getOperation)
				.containsExactly(ClientOperation.LIMITS, ClientOperation.TOKEN);
			assertThat(keys(operations.get(0))).containsEntry("financialforce.requests", "2")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("status", "200");
			assertThat(operations.get(1).getParentObservation().getContextView()).isSameAs(operations.get(0));
			assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("http.client.requests", 3);
		});
	}

	@Test
	void setsTheErrorKeyOfAnApiError() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			FinancialForceClient client = context.getBean(FinancialForceClient.class);
			assertThatExceptionOfType(FinancialForceNotFoundException.class)
				.isThrownBy(() -> client.describe("c2g__codaInvoice__c"));

			assertThat(this.registry).hasAnObservation((observation) -> observation
				.hasNameEqualTo(DefaultFinancialForceObservationConvention.NAME)
				.hasLowCardinalityKeyValue("financialforce.operation", "describe")
				.hasLowCardinalityKeyValue("financialforce.sobject", "c2g__codaInvoice__c")
				.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
				.hasLowCardinalityKeyValue("status", "404")
				.hasLowCardinalityKeyValue("financialforce.error", "NOT_FOUND")
				.hasError());
		});
	}

	@Test
	void keepsTheSoqlAndTheTokenOutOfKeyValuesByDefault() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).run((context) -> {
			context.getBean(FinancialForceClient.class).query(SOQL).stream().count();

			assertThat(context).hasSingleBean(QueryUrlObservationFilter.class);
			// neither the SOQL ('secret plan', encoded in URLs) nor the access token ('00Dsecret-session')
			assertThat(allKeyValues()).hasSizeGreaterThan(40).noneMatch((value) -> value.contains("secret"));
			assertThat(httpUrls()).contains(org.url() + "/services/data/v65.0/query",
					org.url() + "/services/data/v65.0/query/01gOPP-2");
		});
	}

	@Test
	void addsTheSoqlWhenIncludeSoqlIsOn() {
		FakeOrg org = new FakeOrg(this.server);
		runner(org).withPropertyValues("financialforce.observations.include-soql=true").run((context) -> {
			context.getBean(FinancialForceClient.class).query(SOQL).stream().count();

			assertThat(context).doesNotHaveBean(QueryUrlObservationFilter.class);
			assertThat(operations()).filteredOn((operation) -> operation.getOperation() != ClientOperation.TOKEN)
				.hasSize(3)
				.allSatisfy((operation) -> assertThat(keys(operation)).containsEntry("financialforce.soql", SOQL));
			assertThat(httpUrls()).anyMatch((url) -> url.contains("secret+plan") || url.contains("secret%20plan"));
		});
	}

	@Test
	void namesObservationsWithTheConventionBean() {
		FakeOrg org = new FakeOrg(this.server);
		FinancialForceObservationConvention convention = new DefaultFinancialForceObservationConvention() {

			@Override
			public String getName() {
				return "acme.salesforce";
			}

		};
		runner(org).withBean(FinancialForceObservationConvention.class, () -> convention).run((context) -> {
			context.getBean(FinancialForceClient.class).limits();

			assertThat(this.registry).hasAnObservation((observation) -> observation.hasNameEqualTo("acme.salesforce")
				.hasLowCardinalityKeyValue("financialforce.operation", "limits"));
		});
	}

	@Test
	void leavesTheClientUnobservedWithoutARegistry() {
		FakeOrg org = new FakeOrg(this.server);
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class))
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				context.getBean(FinancialForceClient.class).limits();
				assertThat(context).doesNotHaveBean(ObservationRegistry.class);
				assertThat(this.registry).doesNotHaveAnyObservation();
			});
	}

	private List<Observation.Context> contexts() {
		List<Observation.Context> contexts = new ArrayList<>();
		assertThat(this.registry).hasHandledContextsThatSatisfy(contexts::addAll);
		return contexts;
	}

	private List<FinancialForceObservationContext> operations() {
		return contexts().stream()
			.filter(FinancialForceObservationContext.class::isInstance)
			.map(FinancialForceObservationContext.class::cast)
			.toList();
	}

	private List<String> httpUrls() {
		return contexts().stream()
			.filter(ClientRequestObservationContext.class::isInstance)
			.map((context) -> context.getHighCardinalityKeyValue("http.url"))
			.filter((keyValue) -> keyValue != null)
			.map(KeyValue::getValue)
			.toList();
	}

	private List<String> allKeyValues() {
		return contexts().stream()
			.flatMap((context) -> context.getAllKeyValues().stream())
			.map((keyValue) -> keyValue.getKey() + "=" + keyValue.getValue())
			.toList();
	}

	private static Map<String, String> keys(Observation.Context context) {
		return context.getAllKeyValues().stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

}
