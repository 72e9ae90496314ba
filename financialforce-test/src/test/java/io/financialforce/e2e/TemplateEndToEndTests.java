package io.financialforce.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryOptions;
import io.financialforce.core.BatchOptions;
import io.financialforce.core.BatchResult;
import io.financialforce.core.BatchWriteException;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.QueryPlan;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.core.query.Update;
import io.financialforce.e2e.DemoOrgEntities.Customer;
import io.financialforce.e2e.DemoOrgEntities.Invoice;
import io.financialforce.e2e.DemoOrgEntities.InvoiceStatus;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link FinancialForceTemplate} against the emulator's FinancialForce demo org over real HTTP, counting the API
 * requests each operation makes.
 */
class TemplateEndToEndTests {

	private static final int INVOICES = 5_000;

	private static FinancialForceEmulator emulator;

	private static FinancialForceTemplate template;

	@BeforeAll
	static void startOrg() {
		emulator = FinancialForceEmulator.builder().scale(INVOICES).start();
		FinancialForceClient client = EmulatorClients.client(emulator);
		template = new FinancialForceTemplate(client, new FinancialForceMappingContext());
		template.setQueryOptions(QueryOptions.batchSize(2000));
		template.count(Query.empty(), Customer.class);
	}

	@AfterAll
	static void stopOrg() {
		emulator.close();
	}

	@BeforeEach
	void resetCounts() {
		emulator.reset();
	}

	@Test
	void findAllOf5000RowsReadsThreePages() {
		List<Invoice> invoices = template.findAll(Invoice.class);
		assertThat(invoices).hasSize(INVOICES);
		assertThat(invoices).allSatisfy((invoice) -> assertThat(invoice.id()).startsWith("a0I").hasSize(18));
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(2);
	}

	@Test
	void countIsOneRequest() {
		long complete = template.count(Query.query(where("status").is(InvoiceStatus.COMPLETE)), Invoice.class);
		long expected = template.findAll(Invoice.class).stream().filter((i) -> i.status() == InvoiceStatus.COMPLETE).count();
		emulator.reset();
		assertThat(template.count(Query.query(where("status").is(InvoiceStatus.COMPLETE)), Invoice.class))
			.isEqualTo(complete)
			.isEqualTo(expected)
			.isPositive();
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void existsIsOneRequestWithLimitOne() {
		assertThat(template.exists(Query.query(where("status").is(InvoiceStatus.COMPLETE)), Invoice.class)).isTrue();
		assertThat(template.exists(Query.query(where("name").is("no such invoice")), Invoice.class)).isFalse();
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
		assertThat(template.explain(Query.query(where("name").is("x")).limit(1), Invoice.class).soql())
			.endsWith("LIMIT 1");
	}

	@Test
	void readsParentPathAndChildCollectionInOneQuery() {
		Invoice invoice = template
			.find(Query.query(where("status").is(InvoiceStatus.COMPLETE)).include("account", "lines").limit(3),
					Invoice.class)
			.get(0);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(invoice.account()).isNotNull();
		assertThat(invoice.account().id()).isEqualTo(invoice.accountId());
		assertThat(invoice.account().name()).isNotBlank();
		assertThat(invoice.lines()).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.invoiceId()).isEqualTo(invoice.id()));
		BigDecimal sum = invoice.lines().stream().map((line) -> line.netValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(invoice.netTotal()).isEqualByComparingTo(sum);
	}

	@Test
	void filtersThroughParentPathsAndSorts() {
		Customer customer = template.find(Query.empty().limit(1), Customer.class).get(0);
		List<Invoice> invoices = template.find(Query.query(where("account.name").is(customer.name()))
			.sort(Sort.by(Sort.Order.desc("dueDate"))), Invoice.class);
		assertThat(invoices).isNotEmpty().allSatisfy((invoice) -> assertThat(invoice.accountId()).isEqualTo(customer.id()));
		assertThat(invoices).extracting(Invoice::dueDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void streamsLazilyAndStopsPagingWhenClosed() {
		try (Stream<Invoice> stream = template.stream(Query.empty(), Invoice.class)) {
			assertThat(stream.limit(10)).hasSize(10);
		}
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isZero();
	}

	@Test
	void insertAllOf450IsThreeCollectionCallsAndSetsIds() {
		List<Customer> customers = IntStream.range(0, 450).mapToObj((i) -> Customer.named("Batch " + i)).toList();
		List<Customer> saved = template.insertAll(customers);
		assertThat(emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(3);
		assertThat(saved).hasSize(450).allSatisfy((customer) -> assertThat(customer.id()).startsWith("001"));
		assertThat(saved.get(449).name()).isEqualTo("Batch 449");
		assertThat(template.findAllById(saved.stream().map(Customer::id).toList(), Customer.class)).hasSize(450);
		template.deleteAllById(saved.stream().map(Customer::id).toList(), Customer.class);
		assertThat(template.count(Query.query(where("name").startsWith("Batch ")), Customer.class)).isZero();
	}

	@Test
	void insertFindUpdateDelete() {
		Customer customer = template.insert(new Customer(null, "O'Brien \\ Sons", "Energy", "Dublin", Set.of(), null));
		assertThat(customer.id()).startsWith("001");
		assertThat(template.findById(customer.id(), Customer.class)).contains(customer);
		Customer renamed = template.update(new Customer(customer.id(), "O'Brien & Sons", "Energy", "Cork", Set.of(), null));
		assertThat(template.findById(customer.id(), Customer.class).orElseThrow().billingCity()).isEqualTo("Cork");
		assertThat(template.find(Query.query(where("name").is("O'Brien & Sons")), Customer.class)).containsExactly(renamed);
		template.delete(renamed);
		assertThat(template.findById(customer.id(), Customer.class)).isEmpty();
		assertThat(template.find(Query.query(where("id").is(customer.id())).includingDeleted(), Customer.class))
			.hasSize(1);
		assertThat(template.deleteById(customer.id(), Customer.class)).isFalse();
	}

	@Test
	void partialUpdatesSendExactlyTheNamedFieldsAndClearNulls() {
		Customer customer = template.insert(new Customer(null, "Partial", "Energy", "Leeds", Set.of(), null));
		emulator.reset();
		template.update(customer.id(), Update.set("billingCity", "York").and("industry", null), Customer.class);
		assertThat(emulator.requestCount(RequestFamily.SOBJECT)).isEqualTo(1);
		Customer updated = template.findById(customer.id(), Customer.class).orElseThrow();
		assertThat(updated.billingCity()).isEqualTo("York");
		assertThat(updated.industry()).isNull();
		assertThat(updated.name()).isEqualTo("Partial");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.update(customer.id(), Update.set("nmae", "x"), Customer.class))
			.withMessageContaining("nmae");
		template.delete(updated);
	}

	@Test
	void upsertsByExternalId() {
		Customer created = template.upsert(new Customer(null, "Upserted", null, null, null, "EXT-1"));
		Customer updated = template.upsert(new Customer(null, "Upserted again", null, null, null, "EXT-1"));
		assertThat(updated.id()).isEqualTo(created.id());
		assertThat(template.findById(created.id(), Customer.class).orElseThrow().name()).isEqualTo("Upserted again");
		List<Customer> many = template.upsertAll(List.of(new Customer(null, "A", null, null, null, "EXT-1"),
				new Customer(null, "B", null, null, null, "EXT-2")));
		assertThat(many.get(0).id()).isEqualTo(created.id());
		assertThat(many.get(1).id()).isNotEqualTo(created.id());
		template.deleteAllById(List.of(created.id(), many.get(1).id()), Customer.class);
	}

	@Test
	void reportsEveryFailedRecordAndKeepsTheOthers() {
		List<Customer> customers = List.of(Customer.named("Good 1"), Customer.named(null), Customer.named("Good 2"));
		BatchResult<Customer> result = template.insertAll(customers, BatchOptions.returnFailures());
		assertThat(result.successes()).hasSize(2);
		assertThat(result.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure.errors().get(0).errorCode()).isEqualTo("REQUIRED_FIELD_MISSING"));
		assertThat(result.results().get(1).success()).isFalse();
		assertThatExceptionOfType(BatchWriteException.class).isThrownBy(() -> template.insertAll(customers))
			.withMessageContaining("1 of 3 records failed")
			.withMessageContaining("record 1: [REQUIRED_FIELD_MISSING")
			.satisfies((ex) -> assertThat(ex.getResult().successes()).hasSize(2));
		List<String> saved = new ArrayList<>(result.successes().stream().map((r) -> r.id()).toList());
		assertThat(template.count(Query.query(where("name").in("Good 1", "Good 2")), Customer.class)).isEqualTo(4);
		template.deleteAllById(template.find(Query.query(where("name").in("Good 1", "Good 2")), Customer.class)
			.stream().map(Customer::id).toList(), Customer.class);
		assertThat(saved).hasSize(2);
	}

	@Test
	void allOrNoneSavesNothingWhenOneRecordFails() {
		List<Customer> customers = List.of(Customer.named("All 1"), Customer.named(null));
		BatchResult<Customer> result = template.insertAll(customers,
				BatchOptions.returnFailures().withAllOrNone(true));
		assertThat(result.successes()).isEmpty();
		assertThat(result.results().get(0).errors().get(0).errorCode()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
		assertThat(template.count(Query.query(where("name").is("All 1")), Customer.class)).isZero();
	}

	@Test
	void duplicateExternalIdIsADuplicateKey() {
		Customer first = template.insert(new Customer(null, "Dup", null, null, null, "DUP-1"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> template.insert(new Customer(null, "Dup 2", null, null, null, "DUP-1")));
		template.delete(first);
	}

	@Test
	void findOneKeepsASmallerLimit() {
		assertThat(template.findOne(Query.query(where("status").is(InvoiceStatus.COMPLETE)).limit(1), Invoice.class))
			.isPresent();
	}

	@Test
	void findOneRefusesSeveralMatches() {
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> template.findOne(Query.query(where("status").is(InvoiceStatus.COMPLETE)), Invoice.class));
	}

	@Test
	void rawSoqlBindsParametersAsLiterals() {
		Customer customer = template.insert(Customer.named("Quote ' and \\ backslash"));
		List<Customer> found = template.query("SELECT Id, Name FROM Account WHERE Name = :name",
				Map.of("name", "Quote ' and \\ backslash"), Customer.class);
		assertThat(found).extracting(Customer::id).containsExactly(customer.id());
		List<Map> rows = template.query("SELECT c2g__InvoiceStatus__c status, COUNT(Id) n FROM c2g__codaInvoice__c"
				+ " GROUP BY c2g__InvoiceStatus__c", Map.of(), Map.class);
		assertThat(rows).isNotEmpty();
		long total = rows.stream().mapToLong((row) -> ((Number) row.get("n")).longValue()).sum();
		assertThat(total).isEqualTo(INVOICES);
		template.delete(customer);
	}

	@Test
	void badInputFailsClearly() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.find(Query.query(where("dueDat").is(LocalDate.now())), Invoice.class))
			.withMessageContaining("No property or field 'dueDat'");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.findById("not an id", Invoice.class))
			.withMessageContaining("is not a record id");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.update(Customer.named("no id")))
			.withMessageContaining("without an id");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.findAll(String.class))
			.withMessageContaining("String");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.find(Query.query(where("dueDate").is("yesterday")), Invoice.class))
			.withMessageContaining("dueDate");
	}

	@Test
	void explainsWithoutCallingTheApi() {
		QueryPlan plan = template.explain(Query.query(where("status").is(InvoiceStatus.COMPLETE)).limit(4500),
				Invoice.class);
		assertThat(plan.soql()).contains("WHERE c2g__InvoiceStatus__c = 'Complete' LIMIT 4500");
		assertThat(plan.clientSide()).isEmpty();
		assertThat(plan.minimumRequests()).isEqualTo(1);
		assertThat(plan.maximumRequests()).isEqualTo(3);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isZero();
	}

}
