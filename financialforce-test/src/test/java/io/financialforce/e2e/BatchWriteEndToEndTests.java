package io.financialforce.e2e;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.financialforce.ApiError;
import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.BatchWriteException;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.RecordResult;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.e2e.DemoOrgEntities.Customer;
import io.financialforce.emulator.DemoCredentials;
import io.financialforce.emulator.Fault;
import io.financialforce.emulator.FaultPlan;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Batch writes against the emulator when calls fail, and with parallel calls.
 */
class BatchWriteEndToEndTests {

	private FinancialForceEmulator emulator;

	private ExecutorService executor;

	@AfterEach
	void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		this.emulator.close();
	}

	@Test
	void aFailedCallIsReportedRecordByRecordAndStopsTheBatch() {
		this.emulator = FinancialForceEmulator.builder()
			.scale(0)
			.faultPlan(FaultPlan.none().everyNth(RequestFamily.COLLECTIONS, 2, Fault.SERVICE_UNAVAILABLE))
			.start();
		FinancialForceTemplate template = template();
		long before = template.count(Query.empty(), Customer.class);
		List<Customer> customers = customers(600);
		BatchWriteException failure = catchBatchFailure(() -> template.insertAll(customers));
		List<? extends RecordResult<?>> results = failure.getResult().results();
		assertThat(results.subList(0, 200)).allMatch(RecordResult::success);
		assertThat(results.subList(200, 400)).allSatisfy((result) -> assertThat(result.errors())
			.extracting(ApiError::errorCode).containsExactly("SERVER_UNAVAILABLE"));
		assertThat(results.subList(400, 600)).allSatisfy((result) -> assertThat(result.errors())
			.extracting(ApiError::errorCode).containsExactly("NOT_SENT"));
		assertThat(failure).hasMessageContaining("400 of 600 records failed").hasMessageContaining("A call failed");
		assertThat(this.emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(2);
		assertThat(template.count(Query.empty(), Customer.class)).isEqualTo(before + 200);
	}

	@Test
	void parallelCallsSaveEveryRecordInOrder() {
		this.emulator = FinancialForceEmulator.builder().scale(0).start();
		this.executor = Executors.newFixedThreadPool(4);
		FinancialForceTemplate template = template();
		template.setBatchExecutor(this.executor, 4);
		long before = template.count(Query.empty(), Customer.class);
		List<Customer> saved = template.insertAll(customers(1000));
		assertThat(this.emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(5);
		assertThat(saved).extracting(Customer::name).containsExactlyElementsOf(customers(1000).stream().map(Customer::name).toList());
		assertThat(saved).allSatisfy((customer) -> assertThat(customer.id()).startsWith("001"));
		assertThat(template.count(Query.empty(), Customer.class)).isEqualTo(before + 1000);
	}

	private FinancialForceTemplate template() {
		DemoCredentials credentials = this.emulator.credentials();
		FinancialForceClient client = FinancialForceClient
			.builder(JwtBearerAuthenticator.builder(URI.create(this.emulator.loginUrl()), credentials.clientId(),
					credentials.username(), credentials.jwtPrivateKey()).build())
			.build();
		return new FinancialForceTemplate(client, new FinancialForceMappingContext());
	}

	private static List<Customer> customers(int count) {
		return IntStream.range(0, count).mapToObj((i) -> Customer.named("Customer " + i)).toList();
	}

	private static BatchWriteException catchBatchFailure(Runnable write) {
		return catchThrowableOfType(BatchWriteException.class, write::run);
	}

}
