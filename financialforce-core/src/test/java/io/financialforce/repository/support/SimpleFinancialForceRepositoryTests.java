package io.financialforce.repository.support;

import java.math.BigDecimal;
import java.util.List;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.repository.sample.Account;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceRepository;
import io.financialforce.repository.sample.InvoiceRepositoryCustomImpl;
import io.financialforce.repository.sample.InvoiceSummary;
import io.financialforce.repository.sample.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The built-in repository methods: which operations each calls, how often, and with which query.
 */
class SimpleFinancialForceRepositoryTests {

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final InMemoryOperations operations = new InMemoryOperations(this.mappingContext);

	private final InvoiceRepository repository = new FinancialForceRepositoryFactory(this.operations,
			this.mappingContext)
		.getRepository(InvoiceRepository.class, RepositoryFragments.just(new InvoiceRepositoryCustomImpl()));

	private Invoice first;

	@BeforeEach
	void invoices() {
		Account acme = this.operations.add(new Account(null, "Acme"));
		this.first = this.operations.add(new Invoice(null, "INV-1", new BigDecimal("100")).account(acme)
			.status(Status.COMPLETE));
		this.operations.add(new Invoice(null, "INV-2", new BigDecimal("250")).status(Status.IN_PROGRESS));
		this.operations.add(new Invoice(null, "INV-3", new BigDecimal("75")).account(acme).paid(true));
		this.operations.clearCalls();
	}

	@Test
	void saveInsertsNewEntities() {
		Invoice saved = this.repository.save(new Invoice(null, "INV-9", BigDecimal.ONE));
		assertThat(saved.getId()).isNotNull();
		assertThat(this.operations.methods()).containsExactly("insert");
	}

	@Test
	void saveUpdatesEntitiesWithAnId() {
		this.first.setName("INV-1b");
		this.repository.save(this.first);
		assertThat(this.operations.methods()).containsExactly("update");
	}

	@Test
	void saveUpsertsNewEntitiesWithAnExternalId() {
		Invoice saved = this.repository.save(new Invoice(null, "INV-9", BigDecimal.ONE).externalId("EXT-9"));
		assertThat(saved.getId()).isNotNull();
		assertThat(this.operations.methods()).containsExactly("upsert");
	}

	@Test
	void saveAllBatchesEachKindOfWriteOnceAndKeepsTheOrder() {
		Invoice inserted = new Invoice(null, "new", BigDecimal.ONE);
		Invoice upserted = new Invoice(null, "ext", BigDecimal.ONE).externalId("EXT-1");
		Invoice inserted2 = new Invoice(null, "new2", BigDecimal.ONE);
		List<Invoice> saved = this.repository.saveAll(List.of(inserted, this.first, upserted, inserted2));
		assertThat(saved).containsExactly(inserted, this.first, upserted, inserted2);
		assertThat(saved).allSatisfy((invoice) -> assertThat(invoice.getId()).isNotNull());
		assertThat(this.operations.methods()).containsExactly("insertAll", "upsertAll", "updateAll");
		assertThat(this.operations.calls().get(0).argument()).isEqualTo(List.of(inserted, inserted2));
	}

	@Test
	void saveAllOfNothingCallsNothing() {
		assertThat(this.repository.saveAll(List.of())).isEmpty();
		assertThat(this.operations.calls()).isEmpty();
	}

	@Test
	void findByIdAndFindAllById() {
		assertThat(this.repository.findById(this.first.getId())).containsSame(this.first);
		assertThat(this.repository.findAllById(List.of(this.first.getId(), "a0X999"))).containsExactly(this.first);
		assertThat(this.repository.findAllById(List.of())).isEmpty();
		assertThat(this.operations.methods()).containsExactly("findById", "findAllById");
	}

	@Test
	void existsByIdIsOneExistsQueryOnTheId() {
		assertThat(this.repository.existsById(this.first.getId())).isTrue();
		assertThat(this.operations.calls()).singleElement()
			.satisfies((call) -> assertThat(call.argument())
				.isEqualTo(Query.query(where("id").is(this.first.getId()))));
	}

	@Test
	void findAllSortedAndCounted() {
		assertThat(this.repository.findAll()).hasSize(3);
		assertThat(this.repository.findAll(Sort.by(Sort.Direction.DESC, "total"))).extracting(Invoice::getName)
			.containsExactly("INV-2", "INV-1", "INV-3");
		assertThat(this.repository.count()).isEqualTo(3);
		assertThat(this.operations.methods()).containsExactly("findAll", "find", "count");
	}

	@Test
	void findAllPagedIsAPageAndACount() {
		Page<Invoice> page = this.repository.findAll(PageRequest.of(0, 2, Sort.by("name")));
		assertThat(page.getContent()).extracting(Invoice::getName).containsExactly("INV-1", "INV-2");
		assertThat(page.getTotalPages()).isEqualTo(2);
		assertThat(this.operations.methods()).containsExactly("find", "count");
	}

	@Test
	void findAllPagedPastTheOffsetCapFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findAll(PageRequest.of(3, 1000)))
			.withMessageContaining("Window<T>");
		assertThat(this.operations.calls()).isEmpty();
	}

	@Test
	void deletesByIdInOneBatch() {
		List<Invoice> all = this.operations.rows(Invoice.class);
		this.repository.deleteAll(all.subList(0, 2));
		assertThat(this.operations.methods()).containsExactly("deleteAllById");
		assertThat(this.operations.rows(Invoice.class)).hasSize(1);
	}

	@Test
	void deleteAllReadsOnlyIdsThenDeletesThemInOneBatch() {
		this.repository.deleteAll();
		assertThat(this.operations.methods()).containsExactly("find", "deleteAllById");
		assertThat(this.operations.calls().get(0).argument()).isEqualTo(Query.empty().columns("id"));
		assertThat(this.operations.rows(Invoice.class)).isEmpty();
	}

	@Test
	void deleteOfANewEntityCallsNothing() {
		this.repository.delete(new Invoice(null, "never saved", null));
		this.repository.deleteAllById(List.of());
		assertThat(this.operations.calls()).isEmpty();
		this.repository.deleteById(this.first.getId());
		assertThat(this.operations.methods()).containsExactly("deleteById");
	}

	@Test
	void exampleBecomesCriteriaOnItsSetProperties() {
		Invoice probe = new Invoice(null, "INV-1", null).status(Status.COMPLETE);
		assertThat(this.repository.findAll(Example.of(probe))).containsExactly(this.first);
		assertThat(this.operations.lastQuery().criteria())
			.isEqualTo(where("name").is("INV-1").and("status").is(Status.COMPLETE).and("paid").is(false));
	}

	@Test
	void exampleFollowsParentReferences() {
		Invoice probe = new Invoice(null, null, null).account(new Account(null, "Acme"));
		ExampleMatcher matcher = ExampleMatcher.matching().withIgnorePaths("paid");
		assertThat(this.repository.count(Example.of(probe, matcher))).isEqualTo(2);
		assertThat(this.operations.lastQuery().criteria()).isEqualTo(where("account.name").is("Acme"));
	}

	@Test
	void exampleStringMatchersBecomeLike() {
		Invoice probe = new Invoice(null, "inv-", null);
		ExampleMatcher matcher = ExampleMatcher.matchingAny()
			.withIgnorePaths("paid")
			.withStringMatcher(ExampleMatcher.StringMatcher.STARTING);
		assertThat(this.repository.findAll(Example.of(probe, matcher), Sort.by("name"))).hasSize(3);
		assertThat(this.operations.lastQuery().criteria()).isEqualTo(where("name").startsWith("inv-"));
		assertThat(this.repository.exists(Example.of(probe, matcher))).isTrue();
	}

	@Test
	void exampleRegexHasNoSoqlForm() {
		Invoice probe = new Invoice(null, "INV.*", null);
		ExampleMatcher matcher = ExampleMatcher.matching().withStringMatcher(ExampleMatcher.StringMatcher.REGEX);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findAll(Example.of(probe, matcher)))
			.withMessageContaining("no regular expressions");
	}

	@Test
	void exampleWithIncludedNullsChecksForNull() {
		Invoice probe = new Invoice(null, "INV-2", null);
		ExampleMatcher matcher = ExampleMatcher.matching()
			.withIncludeNullValues()
			.withIgnorePaths("id", "paid", "total", "dueDate", "accountId", "tags", "externalId");
		assertThat(this.repository.findOne(Example.of(probe, matcher))).isEmpty();
		assertThat(this.operations.lastQuery().criteria())
			.isEqualTo(where("name").is("INV-2").and("status").isNull());
	}

	@Test
	void fluentExampleQueryScrollsByKeyset() {
		Invoice probe = new Invoice(null, null, null);
		Window<InvoiceSummary> first = this.repository.findBy(Example.of(probe),
				(query) -> query.as(InvoiceSummary.class).sortBy(Sort.by("name")).limit(1)
					.scroll(ScrollPosition.keyset()));
		assertThat(first.getContent()).extracting(InvoiceSummary::getName).containsExactly("INV-1");
		assertThat(first.hasNext()).isTrue();
		Window<InvoiceSummary> second = this.repository.findBy(Example.of(probe),
				(query) -> query.as(InvoiceSummary.class).sortBy(Sort.by("name")).limit(1).scroll(first.positionAt(0)));
		assertThat(second.getContent()).extracting(InvoiceSummary::getName).containsExactly("INV-2");
		assertThat(this.operations.lastQuery().columns()).containsExactlyInAnyOrder("name", "total", "id");
		assertThat(this.operations.methods()).containsExactly("find", "find");
	}

	@Test
	void fluentExampleQueryProjectsSortsAndLimits() {
		Invoice probe = new Invoice(null, null, null);
		List<InvoiceSummary> summaries = this.repository.findBy(Example.of(probe),
				(query) -> query.as(InvoiceSummary.class).sortBy(Sort.by("name")).limit(1).all());
		assertThat(summaries).extracting(InvoiceSummary::getName).containsExactly("INV-1");
		Query query = this.operations.lastQuery();
		assertThat(query.columns()).containsExactlyInAnyOrder("name", "total");
		assertThat(query.limit()).isEqualTo(1);
		assertThat(query.sort()).isEqualTo(Sort.by("name"));
		long count = this.repository.findBy(Example.of(probe), (fluent) -> fluent.count());
		assertThat(count).isEqualTo(2);
		assertThat(this.repository.findBy(Example.of(probe),
				(fluent) -> fluent.page(PageRequest.of(0, 1, Sort.by("name")))).getTotalElements()).isEqualTo(2);
	}

}
