package io.financialforce.test;

import java.util.List;

import io.financialforce.autoconfigure.FinancialForceConnectionDetails;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.RequestKind;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.query.Query;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import io.financialforce.test.sample.Customer;
import io.financialforce.test.sample.CustomerRepository;
import io.financialforce.test.sample.SampleApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class,
		properties = { "financialforce.user=someone@acme.com", "financialforce.password=not-used" })
@AutoConfigureFinancialForceEmulator(invoices = 10, fixtures = "classpath:fixtures/customers.json")
class AutoConfigureFinancialForceEmulatorTests {

	@Autowired
	private FinancialForceOperations operations;

	@Autowired
	private FinancialForceEmulator emulator;

	@Autowired
	private FinancialForceConnectionDetails connectionDetails;

	@Autowired
	private FinancialForceClient client;

	@Autowired
	private CustomerRepository customers;

	@Test
	void runsTheUsersRepositoryOnTheEmulatorWithOneQuery() {
		long queries = this.emulator.requestCount(RequestFamily.QUERY);
		assertThat(this.customers.findByIndustryOrderByName("Retail")).extracting(Customer::name)
			.contains("Fixture Foods Ltd")
			.isSorted();
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(queries + 1);
	}

	@Test
	void connectsTheAutoConfiguredTemplateToTheEmulatorInsteadOfTheProperties() {
		assertThat(this.connectionDetails.loginUrl()).hasToString(this.emulator.loginUrl());
		List<Customer> customers = this.operations.find(Query.query(where("name").is("Fixture Foods Ltd")),
				Customer.class);
		assertThat(customers).singleElement().satisfies((customer) -> {
			assertThat(customer.id()).startsWith("001");
			assertThat(customer.industry()).isEqualTo("Retail");
		});
	}

	@Test
	void writesThroughToTheEmulator() {
		Customer saved = this.operations.insert(new Customer(null, "Written By Test Ltd", "Banking"));
		assertThat(saved.id()).startsWith("001");
		assertThat(this.emulator.value(saved.id(), "Name")).isEqualTo("Written By Test Ltd");
	}

	@Test
	void startedWithoutCallingTheApi() {
		assertThat(this.client.requestCount(RequestKind.LIMITS)).isZero();
		assertThat(this.emulator.requestCount(RequestFamily.LIMITS)).isZero();
	}

}
