package io.financialforce.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryOptions;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.e2e.DemoOrgEntities.Customer;
import io.financialforce.e2e.DemoOrgEntities.Invoice;
import io.financialforce.e2e.DemoOrgEntities.InvoiceStatus;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.Param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Repositories against the emulator's FinancialForce demo org over real HTTP: each method's SOQL, its rows (checked
 * against the same filter applied in Java to every row), and the API requests it costs.
 */
class RepositoryEndToEndTests {

	private static final int INVOICES = 5_000;

	private static FinancialForceEmulator emulator;

	private static RecordingTemplate template;

	private static InvoiceRepository invoices;

	private static CustomerRepository customers;

	private static List<Invoice> all;

	@BeforeAll
	static void startOrg() {
		emulator = FinancialForceEmulator.builder().scale(INVOICES).start();
		FinancialForceClient client = EmulatorClients.client(emulator);
		FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();
		template = new RecordingTemplate(client, mappingContext);
		template.setQueryOptions(QueryOptions.batchSize(2000));
		FinancialForceRepositoryFactory factory = new FinancialForceRepositoryFactory(template, mappingContext);
		invoices = factory.getRepository(InvoiceRepository.class);
		customers = factory.getRepository(CustomerRepository.class);
		all = invoices.findAll();
	}

	@AfterAll
	static void stopOrg() {
		emulator.close();
	}

	@BeforeEach
	void resetCounts() {
		emulator.reset();
		template.clear();
	}

	@Test
	void derivedKeywordsMatchTheSameFilterInJava() {
		Invoice sample = all.get(17);
		LocalDate due = sample.dueDate();
		BigDecimal total = sample.netTotal();
		String prefix = sample.name().substring(0, 4);
		String infix = sample.name().substring(3, 6);
		String suffix = sample.name().substring(sample.name().length() - 2);
		assertMatches(invoices.findByStatus(InvoiceStatus.COMPLETE), (i) -> i.status() == InvoiceStatus.COMPLETE);
		assertMatches(invoices.findByStatusNot(InvoiceStatus.COMPLETE), (i) -> i.status() != InvoiceStatus.COMPLETE);
		assertMatches(invoices.findByStatusIn(List.of(InvoiceStatus.COMPLETE, InvoiceStatus.DISCARDED)),
				(i) -> i.status() == InvoiceStatus.COMPLETE || i.status() == InvoiceStatus.DISCARDED);
		assertMatches(invoices.findByStatusNotIn(Set.of(InvoiceStatus.COMPLETE)),
				(i) -> i.status() != InvoiceStatus.COMPLETE);
		assertMatches(invoices.findByDueDateBetween(due, due.plusDays(10)),
				(i) -> !i.dueDate().isBefore(due) && !i.dueDate().isAfter(due.plusDays(10)));
		assertMatches(invoices.findByDueDateBefore(due), (i) -> i.dueDate().isBefore(due));
		assertMatches(invoices.findByDueDateAfter(due), (i) -> i.dueDate().isAfter(due));
		assertMatches(invoices.findByNetTotalLessThan(total), (i) -> i.netTotal().compareTo(total) < 0);
		assertMatches(invoices.findByNetTotalLessThanEqual(total), (i) -> i.netTotal().compareTo(total) <= 0);
		assertMatches(invoices.findByNetTotalGreaterThan(total), (i) -> i.netTotal().compareTo(total) > 0);
		assertMatches(invoices.findByNetTotalGreaterThanEqual(total), (i) -> i.netTotal().compareTo(total) >= 0);
		assertMatches(invoices.findByNameIgnoreCase(sample.name().toLowerCase()), (i) -> i.id().equals(sample.id()));
		assertMatches(invoices.findByNameStartingWith(prefix), (i) -> i.name().startsWith(prefix));
		assertMatches(invoices.findByNameEndingWith(suffix), (i) -> i.name().endsWith(suffix));
		assertMatches(invoices.findByNameContaining(infix), (i) -> i.name().contains(infix));
		assertMatches(invoices.findByNameNotContaining(infix), (i) -> !i.name().contains(infix));
		assertMatches(invoices.findByNameLike(prefix + "%"), (i) -> i.name().startsWith(prefix));
		assertMatches(invoices.findByNameNotLike(prefix + "%"), (i) -> !i.name().startsWith(prefix));
		assertMatches(invoices.findByExternalIdIsNull(), (i) -> i.externalId() == null);
		assertMatches(invoices.findByExternalIdIsNotNull(), (i) -> i.externalId() != null);
		assertMatches(invoices.findByStatusOrDueDate(InvoiceStatus.DISCARDED, due),
				(i) -> i.status() == InvoiceStatus.DISCARDED || i.dueDate().equals(due));
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(template.soql().size());
	}

	@Test
	void parentPathFiltersInTheSameStatement() {
		Invoice sample = all.get(3);
		Customer customer = customers.findById(sample.accountId()).orElseThrow();
		emulator.reset();
		List<Invoice> found = invoices.findByAccount_NameOrderByDueDateDesc(customer.name());
		assertThat(found).isNotEmpty().allSatisfy((i) -> assertThat(i.accountId()).isEqualTo(customer.id()));
		assertThat(found).extracting(Invoice::dueDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(template.lastSoql()).contains("WHERE c2g__Account__r.Name = '")
			.endsWith("ORDER BY c2g__DueDate__c DESC");
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void multiPicklistContainingIsIncludes() {
		List<Customer> electronic = customers.findByBillingMethodsContaining("Electronic");
		assertThat(template.lastSoql()).contains("WHERE c2g__CODABillingMethod__c INCLUDES ('Electronic')");
		assertThat(electronic).allSatisfy((c) -> assertThat(c.billingMethods()).contains("Electronic"));
		long expected = customers.findAll().stream().filter((c) -> c.billingMethods() != null
				&& c.billingMethods().contains("Electronic")).count();
		assertThat(electronic).hasSize((int) expected);
	}

	@Test
	void pageIsACountAndOneQueryAndFailsPastTheOffsetCap() {
		Page<Invoice> page = invoices.findByStatusNot(InvoiceStatus.DISCARDED, PageRequest.of(2, 50, Sort.by("name")));
		long expected = all.stream().filter((i) -> i.status() != InvoiceStatus.DISCARDED).count();
		assertThat(page.getTotalElements()).isEqualTo(expected);
		assertThat(page.getContent()).hasSize(50).extracting(Invoice::name).isSorted();
		assertThat(template.soql().get(0)).endsWith("ORDER BY Name ASC LIMIT 50 OFFSET 100");
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> invoices.findByStatusNot(InvoiceStatus.DISCARDED, PageRequest.of(41, 50)))
			.withMessageContaining("Window<T>");
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
	}

	@Test
	void keysetWindowsReadAllRowsPastTheOffsetCapOneQueryEach() {
		Set<String> ids = new HashSet<>();
		ScrollPosition position = ScrollPosition.keyset();
		Window<Invoice> window;
		int windows = 0;
		LocalDate previous = null;
		do {
			window = invoices.findAllByOrderByDueDate(position, Limit.of(1500));
			windows++;
			for (Invoice invoice : window) {
				assertThat(ids.add(invoice.id())).as("each row once").isTrue();
				if (previous != null) {
					assertThat(invoice.dueDate()).isAfterOrEqualTo(previous);
				}
				previous = invoice.dueDate();
			}
			position = window.positionAt(window.size() - 1);
		}
		while (window.hasNext());
		assertThat(ids).hasSize(INVOICES);
		assertThat(windows).isEqualTo(4);
		assertThat(template.soql()).hasSize(4).allSatisfy((soql) -> assertThat(soql)
			.contains("ORDER BY c2g__DueDate__c ASC NULLS FIRST, Id ASC NULLS FIRST LIMIT 1501")
			.doesNotContain("OFFSET"));
		assertThat(template.soql().get(1)).contains("c2g__DueDate__c > ").contains("Id > '");
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(4);
	}

	@Test
	void streamReadsPagesLazily() {
		try (Stream<Invoice> stream = invoices.streamAllByOrderByName()) {
			assertThat(stream.count()).isEqualTo(INVOICES);
		}
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(2);
		try (Stream<Invoice> stream = invoices.streamAllByOrderByName()) {
			assertThat(stream.limit(5)).hasSize(5);
		}
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(2);
	}

	@Test
	void countAndExistsAreOneRequestEach() {
		long complete = all.stream().filter((i) -> i.status() == InvoiceStatus.COMPLETE).count();
		assertThat(invoices.countByStatus(InvoiceStatus.COMPLETE)).isEqualTo(complete);
		assertThat(invoices.existsByStatus(InvoiceStatus.COMPLETE)).isTrue();
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
	}

	@Test
	void projectionsSelectOnlyTheirFields() {
		List<InvoiceDates> dates = invoices.findTop5ByStatusOrderByDueDate(InvoiceStatus.COMPLETE);
		assertThat(dates).hasSize(5).allSatisfy((d) -> assertThat(d.getDueDate()).isNotNull());
		assertThat(template.lastSoql()).startsWith("SELECT Id, Name, c2g__DueDate__c FROM c2g__codaInvoice__c");
		List<InvoiceRow> rows = invoices.findTop3ByOrderByName();
		assertThat(rows).hasSize(3).allSatisfy((row) -> assertThat(row.name()).isNotBlank());
		assertThat(template.lastSoql()).startsWith("SELECT Id, Name, c2g__NetTotal__c FROM c2g__codaInvoice__c");
		List<InvoiceDates> dynamic = invoices.findByName(rows.get(0).name(), InvoiceDates.class);
		assertThat(dynamic).singleElement().satisfies((d) -> assertThat(d.getName()).isEqualTo(rows.get(0).name()));
		assertThat(template.lastSoql()).startsWith("SELECT Id, Name, c2g__DueDate__c FROM");
	}

	@Test
	void queryAnnotationBindsQuotesAndBackslashesAsLiterals() {
		String name = "O'Brien \\ Sons 100%";
		Customer saved = customers.save(new Customer(null, name, "Energy", "Dublin", Set.of(), null));
		try {
			emulator.reset();
			template.clear();
			assertThat(customers.named(name)).extracting(Customer::id).containsExactly(saved.id());
			assertThat(template.lastSoql()).endsWith("WHERE Name = 'O\\'Brien \\\\ Sons 100%'");
			assertThat(customers.named("O'Brien")).isEmpty();
			assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
		}
		finally {
			customers.delete(saved);
		}
	}

	@Test
	void aggregateQueryMapsRowsIntoRecords() {
		List<StatusCount> counts = invoices.countsByStatus();
		long complete = all.stream().filter((i) -> i.status() == InvoiceStatus.COMPLETE).count();
		assertThat(counts).contains(new StatusCount("Complete", (int) complete));
		assertThat(counts.stream().mapToInt(StatusCount::total).sum()).isEqualTo(INVOICES);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void aggregateQueryStreamsRowsIntoInterfaces() {
		long complete = all.stream().filter((i) -> i.status() == InvoiceStatus.COMPLETE).count();
		try (Stream<StatusTotal> totals = invoices.totalsByStatus()) {
			List<StatusTotal> rows = totals.toList();
			assertThat(rows).filteredOn((row) -> "Complete".equals(row.getStatus()))
				.singleElement()
				.satisfies((row) -> assertThat(row.getTotal()).isEqualTo(complete));
			assertThat(rows.stream().mapToLong(StatusTotal::getTotal).sum()).isEqualTo(INVOICES);
		}
		assertThat(template.lastSoql()).startsWith("SELECT c2g__InvoiceStatus__c status, COUNT(Id) total");
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void savesAndDeletesInBatches() {
		List<Customer> saved = customers
			.saveAll(IntStream.range(0, 450).mapToObj((i) -> Customer.named("Repo batch " + i)).toList());
		assertThat(saved).hasSize(450).allSatisfy((c) -> assertThat(c.id()).startsWith("001"));
		assertThat(emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(3);
		emulator.reset();
		assertThat(customers.deleteByNameStartingWith("Repo batch ")).isEqualTo(450);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(3);
		assertThat(template.lastSoql()).startsWith("SELECT Id FROM Account WHERE Name LIKE 'Repo batch %'");
		assertThat(customers.findByNameStartingWith("Repo batch ")).isEmpty();
	}

	@Test
	void saveUpsertsByExternalIdAndUpdatesById() {
		Customer created = customers.save(new Customer(null, "Repo upsert", null, null, Set.of(), "REPO-EXT-1"));
		Customer again = customers.save(new Customer(null, "Repo upsert 2", null, null, Set.of(), "REPO-EXT-1"));
		assertThat(again.id()).isEqualTo(created.id());
		Customer updated = customers
			.save(new Customer(created.id(), "Repo upsert 3", null, "Cork", Set.of(), "REPO-EXT-1"));
		assertThat(customers.findById(created.id())).contains(updated);
		customers.deleteById(created.id());
		assertThat(customers.existsById(created.id())).isFalse();
	}

	private static void assertMatches(List<Invoice> found, Predicate<Invoice> filter) {
		Set<String> expected = new HashSet<>();
		all.stream().filter(filter).forEach((invoice) -> expected.add(invoice.id()));
		assertThat(found).extracting(Invoice::id).as(template.lastSoql()).containsExactlyInAnyOrderElementsOf(expected);
	}

	interface InvoiceRepository extends FinancialForceRepository<Invoice, String> {

		List<Invoice> findByStatus(InvoiceStatus status);

		List<Invoice> findByStatusNot(InvoiceStatus status);

		Page<Invoice> findByStatusNot(InvoiceStatus status, PageRequest page);

		List<Invoice> findByStatusIn(List<InvoiceStatus> statuses);

		List<Invoice> findByStatusNotIn(Set<InvoiceStatus> statuses);

		List<Invoice> findByDueDateBetween(LocalDate from, LocalDate to);

		List<Invoice> findByDueDateBefore(LocalDate date);

		List<Invoice> findByDueDateAfter(LocalDate date);

		List<Invoice> findByNetTotalLessThan(BigDecimal total);

		List<Invoice> findByNetTotalLessThanEqual(BigDecimal total);

		List<Invoice> findByNetTotalGreaterThan(BigDecimal total);

		List<Invoice> findByNetTotalGreaterThanEqual(BigDecimal total);

		List<Invoice> findByNameIgnoreCase(String name);

		List<Invoice> findByNameStartingWith(String prefix);

		List<Invoice> findByNameEndingWith(String suffix);

		List<Invoice> findByNameContaining(String infix);

		List<Invoice> findByNameNotContaining(String infix);

		List<Invoice> findByNameLike(String pattern);

		List<Invoice> findByNameNotLike(String pattern);

		List<Invoice> findByExternalIdIsNull();

		List<Invoice> findByExternalIdIsNotNull();

		List<Invoice> findByStatusOrDueDate(InvoiceStatus status, LocalDate dueDate);

		List<Invoice> findByAccount_NameOrderByDueDateDesc(String accountName);

		Window<Invoice> findAllByOrderByDueDate(ScrollPosition position, Limit limit);

		Stream<Invoice> streamAllByOrderByName();

		long countByStatus(InvoiceStatus status);

		boolean existsByStatus(InvoiceStatus status);

		List<InvoiceDates> findTop5ByStatusOrderByDueDate(InvoiceStatus status);

		List<InvoiceRow> findTop3ByOrderByName();

		<T> List<T> findByName(String name, Class<T> type);

		@Query("SELECT c2g__InvoiceStatus__c status, COUNT(Id) total FROM c2g__codaInvoice__c "
				+ "GROUP BY c2g__InvoiceStatus__c")
		List<StatusCount> countsByStatus();

		@Query("SELECT c2g__InvoiceStatus__c status, COUNT(Id) total FROM c2g__codaInvoice__c "
				+ "GROUP BY c2g__InvoiceStatus__c")
		Stream<StatusTotal> totalsByStatus();

	}

	interface CustomerRepository extends FinancialForceRepository<Customer, String> {

		List<Customer> findByBillingMethodsContaining(String method);

		List<Customer> findByNameStartingWith(String prefix);

		long deleteByNameStartingWith(String prefix);

		Optional<Customer> findByName(String name);

		@Query("SELECT Id, Name, Industry, BillingCity, c2g__CODABillingMethod__c, c2g__CODAExternalId__c "
				+ "FROM Account WHERE Name = :name")
		List<Customer> named(@Param("name") String name);

	}

	interface InvoiceDates {

		String getName();

		LocalDate getDueDate();

	}

	record InvoiceRow(String name, BigDecimal netTotal) {
	}

	record StatusCount(String status, int total) {
	}

	interface StatusTotal {

		String getStatus();

		long getTotal();

	}

}
