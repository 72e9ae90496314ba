package io.financialforce.repository.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.repository.sample.Account;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceRepository;
import io.financialforce.repository.sample.InvoiceRepositoryCustomImpl;
import io.financialforce.repository.sample.InvoiceSummary;
import io.financialforce.repository.sample.InvoiceView;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Derived query methods run end to end on {@link InMemoryOperations}: the exact {@link Query} each builds, the
 * operations it calls, and the rows it returns.
 */
class PartTreeFinancialForceQueryTests {

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final InMemoryOperations operations = new InMemoryOperations(this.mappingContext);

	private final InvoiceRepository repository = new FinancialForceRepositoryFactory(this.operations,
			this.mappingContext)
		.getRepository(InvoiceRepository.class, RepositoryFragments.just(new InvoiceRepositoryCustomImpl()));

	private final Account acme = this.operations.add(new Account(null, "Acme"));

	@BeforeEach
	void invoices() {
		add("INV-1", "100", LocalDate.of(2026, 1, 31), false).account(this.acme);
		add("INV-2", "250", LocalDate.of(2026, 2, 28), false);
		add("INV-3", "75", null, true).account(this.acme);
		add("INV-4", "300", LocalDate.of(2026, 1, 31), false);
		this.operations.clearCalls();
	}

	@Test
	void listQueryIsOneFind() {
		assertThat(this.repository.findByName("inv-2")).extracting(Invoice::getName).containsExactly("INV-2");
		assertThat(this.operations.methods()).containsExactly("find");
		assertThat(this.operations.lastQuery()).isEqualTo(Query.query(where("name").is("inv-2")));
	}

	@Test
	void parentPathIsFilteredInTheSameQuery() {
		assertThat(this.repository.findByAccount_NameOrderByTotalDesc("Acme")).extracting(Invoice::getName)
			.containsExactly("INV-1", "INV-3");
		assertThat(this.operations.lastQuery())
			.isEqualTo(Query.query(where("account.name").is("Acme")).sort(Sort.by(Sort.Direction.DESC, "total")));
		assertThat(this.operations.methods()).containsExactly("find");
	}

	@Test
	void optionalIsFindOne() {
		add("INV-9", "1", null, false).externalId("EXT-9");
		this.operations.clearCalls();
		assertThat(this.repository.findByExternalId("EXT-9")).map(Invoice::getName).hasValue("INV-9");
		assertThat(this.repository.findByExternalId("EXT-0")).isEmpty();
		assertThat(this.operations.methods()).containsExactly("findOne", "findOne");
	}

	@Test
	void streamIsLazyPaging() {
		try (Stream<Invoice> invoices = this.repository.streamByPaidFalse()) {
			assertThat(invoices).hasSize(3);
		}
		assertThat(this.operations.methods()).containsExactly("stream");
		assertThat(this.operations.lastQuery()).isEqualTo(Query.query(where("paid").isFalse()));
	}

	@Test
	void fullPageIsTheRowsAndACount() {
		Page<Invoice> page = this.repository.findByPaidFalse(PageRequest.of(0, 2, Sort.by("name")));
		assertThat(page.getContent()).extracting(Invoice::getName).containsExactly("INV-1", "INV-2");
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(this.operations.methods()).containsExactly("find", "count");
		assertThat(this.operations.calls().get(0).argument())
			.isEqualTo(Query.query(where("paid").isFalse()).sort(Sort.by("name")).limit(2).offset(0));
	}

	@Test
	void lastPartialPageNeedsNoCount() {
		Page<Invoice> page = this.repository.findByPaidFalse(PageRequest.of(1, 2, Sort.by("name")));
		assertThat(page.getContent()).extracting(Invoice::getName).containsExactly("INV-4");
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(this.operations.methods()).containsExactly("find");
	}

	@Test
	void pagePastTheOffsetCapFailsPointingToWindow() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findByPaidFalse(PageRequest.of(21, 100)))
			.withMessageContaining("offset 2100")
			.withMessageContaining("2000")
			.withMessageContaining("Window<T>")
			.withMessageContaining("ScrollPosition.keyset()");
		assertThat(this.operations.calls()).isEmpty();
	}

	@Test
	void pageAtTheOffsetCapIsRead() {
		this.repository.findByPaidFalse(PageRequest.of(20, 100));
		assertThat(this.operations.calls().get(0).argument()).isEqualTo(
				Query.query(where("paid").isFalse()).limit(100).offset(2000));
	}

	@Test
	void sliceReadsOneRowMore() {
		Slice<Invoice> slice = this.repository.readByPaidFalse(PageRequest.of(0, 2, Sort.by("name")));
		assertThat(slice.getContent()).extracting(Invoice::getName).containsExactly("INV-1", "INV-2");
		assertThat(slice.hasNext()).isTrue();
		assertThat(this.operations.lastQuery())
			.isEqualTo(Query.query(where("paid").isFalse()).sort(Sort.by("name")).limit(3).offset(0));
		assertThat(this.operations.methods()).containsExactly("find");
		assertThat(this.repository.readByPaidFalse(PageRequest.of(1, 2, Sort.by("name"))).hasNext()).isFalse();
	}

	@Test
	void sortLimitAndPageableParameters() {
		assertThat(this.repository.findByPaidFalse(Sort.by(Sort.Direction.DESC, "total")))
			.extracting(Invoice::getName)
			.containsExactly("INV-4", "INV-2", "INV-1");
		assertThat(this.repository.findByPaidFalse(Limit.of(1))).hasSize(1);
		assertThat(this.operations.lastQuery()).isEqualTo(Query.query(where("paid").isFalse()).limit(1));
		assertThat(this.repository.queryByPaidFalse(PageRequest.of(1, 1, Sort.by("name"))))
			.extracting(Invoice::getName)
			.containsExactly("INV-2");
		assertThat(this.operations.lastQuery())
			.isEqualTo(Query.query(where("paid").isFalse()).sort(Sort.by("name")).limit(1).offset(1));
	}

	@Test
	void topAndFirstLimit() {
		assertThat(this.repository.findTop3ByOrderByTotalDesc()).extracting(Invoice::getName)
			.containsExactly("INV-4", "INV-2", "INV-1");
		assertThat(this.operations.lastQuery())
			.isEqualTo(Query.empty().sort(Sort.by(Sort.Direction.DESC, "total")).limit(3));
		assertThat(this.repository.findFirstByOrderByTotalAsc().getName()).isEqualTo("INV-3");
		assertThat(this.operations.lastQuery()).isEqualTo(Query.empty().sort(Sort.by("total")).limit(1));
	}

	@Test
	void distinctEntitiesAreTheRecordsThemselves() {
		assertThat(this.repository.findDistinctByPaidFalse()).hasSize(3);
		assertThat(this.operations.lastQuery()).isEqualTo(Query.query(where("paid").isFalse()));
		assertThat(this.repository.countDistinctByPaidFalse()).isEqualTo(3);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findDistinctByPaidFalse(InvoiceSummary.class))
			.withMessageContaining("Distinct projected values");
	}

	@Test
	void countAndExistsAreOneCallEach() {
		assertThat(this.repository.countByPaidFalse()).isEqualTo(3);
		assertThat(this.repository.countByName("INV-1")).isEqualTo(1);
		assertThat(this.repository.existsByName("INV-3")).isTrue();
		assertThat(this.repository.existsByName("INV-0")).isFalse();
		assertThat(this.operations.methods()).containsExactly("count", "count", "exists", "exists");
	}

	@Test
	void derivedDeleteReadsIdsThenDeletesInOneBatch() {
		add("INV-5", "5", null, true);
		this.operations.clearCalls();
		assertThat(this.repository.deleteByPaidTrue()).isEqualTo(2);
		assertThat(this.operations.methods()).containsExactly("find", "deleteAllById");
		assertThat(this.operations.calls().get(0).argument())
			.isEqualTo(Query.query(where("paid").isTrue()).columns("id"));
		assertThat((List<?>) this.operations.calls().get(1).argument()).hasSize(2);
		assertThat(this.operations.rows(Invoice.class)).noneMatch(Invoice::isPaid);
	}

	@Test
	void derivedDeleteCanReturnTheDeletedEntities() {
		assertThat(this.repository.removeByName("INV-2")).extracting(Invoice::getName).containsExactly("INV-2");
		assertThat(this.operations.calls().get(0).argument()).isEqualTo(Query.query(where("name").is("INV-2")));
		assertThat(this.operations.rows(Invoice.class)).extracting(Invoice::getName).doesNotContain("INV-2");
	}

	@Test
	void derivedDeleteOfNothingDeletesNothing() {
		this.repository.deleteByAccount_Name("Globex");
		assertThat(this.operations.methods()).containsExactly("find");
	}

	@Test
	void interfaceProjectionSelectsItsProperties() {
		List<InvoiceSummary> summaries = this.repository.findSummariesByPaidFalseOrderByName();
		assertThat(summaries).extracting(InvoiceSummary::getName).containsExactly("INV-1", "INV-2", "INV-4");
		assertThat(summaries).extracting(InvoiceSummary::getTotal).containsExactly(new BigDecimal("100"),
				new BigDecimal("250"), new BigDecimal("300"));
		assertThat(this.operations.lastQuery().columns()).containsExactlyInAnyOrder("name", "total");
	}

	@Test
	void dtoProjectionSelectsItsProperties() {
		List<InvoiceView> views = this.repository.findViewsByPaidFalseOrderByName();
		assertThat(views).containsExactly(new InvoiceView("INV-1", LocalDate.of(2026, 1, 31)),
				new InvoiceView("INV-2", LocalDate.of(2026, 2, 28)),
				new InvoiceView("INV-4", LocalDate.of(2026, 1, 31)));
		assertThat(this.operations.lastQuery().columns()).containsExactlyInAnyOrder("name", "dueDate");
	}

	@Test
	void dynamicProjectionFollowsTheTypeArgument() {
		assertThat(this.repository.findByName("INV-1", InvoiceSummary.class)).extracting(InvoiceSummary::getTotal)
			.containsExactly(new BigDecimal("100"));
		assertThat(this.operations.lastQuery().columns()).containsExactlyInAnyOrder("name", "total");
		assertThat(this.repository.findByName("INV-1", Invoice.class)).hasSize(1);
		assertThat(this.operations.lastQuery().columns()).isEmpty();
	}

	@Test
	void customFragmentsAreCalled() {
		assertThat(this.repository.greet("Ada")).isEqualTo("Hello Ada");
		assertThat(this.operations.calls()).isEmpty();
	}

	private Invoice add(String name, String total, LocalDate dueDate, boolean paid) {
		return this.operations.add(new Invoice(null, name, new BigDecimal(total)).dueDate(dueDate).paid(paid));
	}

}
