package io.financialforce.repository.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceRepository;
import io.financialforce.repository.sample.InvoiceRepositoryCustomImpl;
import io.financialforce.repository.sample.InvoiceSummary;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;
import org.springframework.data.repository.query.QueryCreationException;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Window} methods: keyset scrolling reaches every row exactly once, in order, past the API's OFFSET cap, with
 * one query per window; offset scrolling stops at the cap with a clear message.
 */
class ScrollingTests {

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final InMemoryOperations operations = new InMemoryOperations(this.mappingContext);

	private final InvoiceRepository repository = new FinancialForceRepositoryFactory(this.operations,
			this.mappingContext)
		.getRepository(InvoiceRepository.class, RepositoryFragments.just(new InvoiceRepositoryCustomImpl()));

	@Test
	void keysetScrollingVisitsEveryRowOnceInSortOrder() {
		// due dates repeat and some are null, so only the id breaks ties
		for (int i = 0; i < 23; i++) {
			LocalDate due = (i % 4 == 0) ? null : LocalDate.of(2026, 1, 1 + (i % 3));
			add("INV-" + i, i, due, i == 7);
		}
		this.operations.clearCalls();
		List<Invoice> seen = new ArrayList<>();
		ScrollPosition position = ScrollPosition.keyset();
		int windows = 0;
		Window<Invoice> window;
		do {
			window = this.repository.findFirst5ByPaidFalseOrderByDueDate(position);
			windows++;
			seen.addAll(window.getContent());
			if (!window.isEmpty()) {
				position = window.positionAt(window.size() - 1);
			}
		}
		while (window.hasNext());
		List<Invoice> expected = this.operations.rows(Invoice.class)
			.stream()
			.filter((invoice) -> !invoice.isPaid())
			.sorted(Comparator.comparing(Invoice::getDueDate, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Invoice::getId))
			.toList();
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(windows).isEqualTo(5);
		assertThat(this.operations.methods()).hasSize(windows).containsOnly("find");
	}

	@Test
	void keysetQueryOrdersByTheSortKeysAndIdWithExplicitNulls() {
		add("INV-1", 1, LocalDate.of(2026, 1, 1), false);
		Window<Invoice> first = this.repository.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.keyset());
		Query query = this.operations.lastQuery();
		assertThat(query.sort()).containsExactly(
				new Sort.Order(Sort.Direction.ASC, "dueDate", Sort.NullHandling.NULLS_FIRST),
				new Sort.Order(Sort.Direction.ASC, "id", Sort.NullHandling.NULLS_FIRST));
		assertThat(query.limit()).isEqualTo(6);
		assertThat(query.offset()).isZero();
		assertThat(query.criteria()).isEqualTo(where("paid").isFalse());
		KeysetScrollPosition position = (KeysetScrollPosition) first.positionAt(0);
		assertThat(position.getKeys()).containsOnlyKeys("dueDate", "id");
		this.repository.findFirst5ByPaidFalseOrderByDueDate(position);
		String id = first.getContent().get(0).getId();
		LocalDate due = LocalDate.of(2026, 1, 1);
		assertThat(this.operations.lastQuery().criteria()).isEqualTo(where("paid").isFalse()
			.and(where("dueDate").greaterThan(due)
				.or(where("dueDate").is(due).and(where("id").greaterThan(id)))));
	}

	@Test
	void keysetScrollingReachesRowsPastTheOffsetCap() {
		for (int i = 0; i < 4500; i++) {
			add(String.format("INV-%05d", i), i % 97, null, false);
		}
		this.operations.clearCalls();
		int count = 0;
		ScrollPosition position = ScrollPosition.keyset();
		Window<Invoice> window;
		BigDecimal last = null;
		do {
			window = this.repository.findByPaidFalseOrderByTotalDesc(position, Limit.of(1000));
			for (Invoice invoice : window) {
				if (last != null) {
					assertThat(invoice.getTotal()).isLessThanOrEqualTo(last);
				}
				last = invoice.getTotal();
			}
			count += window.size();
			position = window.positionAt(window.size() - 1);
		}
		while (window.hasNext());
		assertThat(count).isEqualTo(4500);
		assertThat(this.operations.calls()).hasSize(5)
			.allSatisfy((call) -> assertThat(((Query) call.argument()).offset()).isZero());
	}

	@Test
	void keysetScrollingBackwardReturnsThePreviousRowsInOrder() {
		for (int i = 0; i < 10; i++) {
			add("INV-" + i, i, LocalDate.of(2026, 1, 1 + i), false);
		}
		Window<Invoice> first = this.repository.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.keyset());
		Window<Invoice> second = this.repository
			.findFirst5ByPaidFalseOrderByDueDate(first.positionAt(first.size() - 1));
		KeysetScrollPosition start = (KeysetScrollPosition) second.positionAt(0);
		Window<Invoice> back = this.repository.findFirst5ByPaidFalseOrderByDueDate(start.backward());
		assertThat(back.getContent()).extracting(Invoice::getName).containsExactly("INV-0", "INV-1", "INV-2",
				"INV-3", "INV-4");
		assertThat(back.hasNext()).isFalse();
	}

	@Test
	void keysetWindowOfProjectionReadsTheSortKeysToo() {
		add("INV-1", 1, null, false);
		Window<InvoiceSummary> window = this.repository.searchByPaidFalseOrderByName(ScrollPosition.keyset(),
				Limit.of(10));
		assertThat(window.getContent()).extracting(InvoiceSummary::getName).containsExactly("INV-1");
		assertThat(this.operations.lastQuery().columns()).containsExactlyInAnyOrder("name", "total", "id");
		assertThat(((KeysetScrollPosition) window.positionAt(0)).getKeys()).containsOnlyKeys("name", "id");
	}

	@Test
	void keysetOnAParentPathReadsTheParent() {
		this.repository.findFirst3ByOrderByAccount_Name(ScrollPosition.keyset());
		assertThat(this.operations.lastQuery().includes()).containsExactly("account");
		assertThat(this.operations.lastQuery().sort()).extracting(Sort.Order::getProperty)
			.containsExactly("account.name", "id");
	}

	@Test
	void offsetScrollingUsesOffsetUpToTheCap() {
		for (int i = 0; i < 12; i++) {
			add("INV-" + i, i, LocalDate.of(2026, 1, 1 + i), false);
		}
		this.operations.clearCalls();
		Window<Invoice> first = this.repository.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.offset());
		Window<Invoice> second = this.repository.findFirst5ByPaidFalseOrderByDueDate(first.positionAt(4));
		assertThat(second.getContent()).extracting(Invoice::getName).containsExactly("INV-5", "INV-6", "INV-7",
				"INV-8", "INV-9");
		assertThat(this.operations.lastQuery().offset()).isEqualTo(5);
		assertThat(this.operations.lastQuery().limit()).isEqualTo(6);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.offset(2000)))
			.withMessageContaining("ScrollPosition.keyset()");
	}

	@Test
	void keysetOnAPicklistFailsAtStartUpOrBeforeAnyCall() {
		assertThatExceptionOfType(QueryCreationException.class)
			.isThrownBy(() -> new FinancialForceRepositoryFactory(this.operations, this.mappingContext)
				.getRepository(PicklistWindowRepository.class))
			.withMessageContaining("PicklistWindowRepository.findFirst3ByOrderByStatus")
			.withMessageContaining("'status'")
			.withMessageContaining("picklist");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.keyset(),
					Sort.by("paid")))
			.withMessageContaining("boolean");
		assertThat(this.operations.calls()).isEmpty();
	}

	interface PicklistWindowRepository extends FinancialForceRepository<Invoice, String> {

		Window<Invoice> findFirst3ByOrderByStatus(ScrollPosition position);

	}

	@Test
	void keysetPositionMissingASortKeyFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.repository
				.findFirst5ByPaidFalseOrderByDueDate(ScrollPosition.forward(java.util.Map.of("id", "a0X1"))))
			.withMessageContaining("lacks the sort key 'dueDate'");
	}

	private void add(String name, int total, LocalDate dueDate, boolean paid) {
		this.operations.add(new Invoice(null, name, BigDecimal.valueOf(total)).dueDate(dueDate).paid(paid));
	}

}
