package io.financialforce.repository.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.repository.sample.AccountTotal;
import io.financialforce.repository.sample.AccountTotalView;
import io.financialforce.repository.sample.InMemoryOperations.SoqlCall;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceRepository;
import io.financialforce.repository.sample.InvoiceRepositoryCustomImpl;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import org.junit.jupiter.api.Test;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @Query} methods: arguments bound as escaped literals into the parsed statement, one call of
 * {@code operations.query} each ({@code operations.stream} for a {@code Stream}), results typed as the method
 * declares.
 */
class StringBasedFinancialForceQueryTests {

	private static final String TOTALS = "SELECT c2g__Account__r.Name account, SUM(c2g__InvoiceTotal__c) total "
			+ "FROM c2g__codaInvoice__c GROUP BY c2g__Account__r.Name";

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final InMemoryOperations operations = new InMemoryOperations(this.mappingContext);

	private final InvoiceRepository repository = new FinancialForceRepositoryFactory(this.operations,
			this.mappingContext)
		.getRepository(InvoiceRepository.class, RepositoryFragments.just(new InvoiceRepositoryCustomImpl()));

	@Test
	void namedParametersAreBoundAsEscapedLiterals() {
		this.repository.named("O'Brien \\ 100%", true);
		SoqlCall call = onlyQuery();
		assertThat(call.soql()).isEqualTo("SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = 'O\\'Brien \\\\ 100%' "
				+ "AND c2g__Paid__c = TRUE");
		assertThat(call.parameters()).isEmpty();
		assertThat(call.type()).isEqualTo(Invoice.class);
	}

	@Test
	void injectionAttemptStaysInsideTheLiteral() {
		this.repository.named("x' OR Name != '", false);
		assertThat(onlyQuery().soql()).isEqualTo(
				"SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = 'x\\' OR Name != \\'' AND c2g__Paid__c = FALSE");
	}

	@Test
	void positionalParametersCountFromOne() {
		String soql = "SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = 'INV-1'";
		this.operations.whenQuery(soql, List.of(new Invoice("a0X1", "INV-1", BigDecimal.ONE)));
		assertThat(this.repository.positional("INV-1")).map(Invoice::getName).hasValue("INV-1");
		assertThat(onlyQuery().soql()).isEqualTo(soql);
	}

	@Test
	void singleResultWithSeveralRowsFails() {
		this.operations.whenQuery("SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = 'dup'",
				List.of(new Invoice("a0X1", "dup", null), new Invoice("a0X2", "dup", null)));
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> this.repository.positional("dup"))
			.withMessageContaining("InvoiceRepository.positional");
	}

	@Test
	void aggregateRowsAreReadAsTheDeclaredRecord() {
		this.operations.whenQuery(TOTALS, List.of(new AccountTotal("Acme", new BigDecimal("175"))));
		assertThat(this.repository.totalsByAccount()).containsExactly(new AccountTotal("Acme", new BigDecimal("175")));
		SoqlCall call = onlyQuery();
		assertThat(call.soql()).isEqualTo(TOTALS);
		assertThat(call.type()).isEqualTo(AccountTotal.class);
	}

	@Test
	void aggregateRowsAreReadAsMapsBehindTheDeclaredInterface() {
		this.operations.whenQuery(TOTALS, List.of(Map.of("account", "Acme", "TOTAL", new BigDecimal("10.50"))));
		try (Stream<AccountTotalView> rows = this.repository.totalsByAccountAsStream()) {
			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.getAccount()).isEqualTo("Acme");
				assertThat(row.getTotal()).isEqualByComparingTo("10.50");
			});
		}
		assertThat(onlyCall("streamQuery").type()).isEqualTo(Map.class);
	}

	private SoqlCall onlyQuery() {
		return onlyCall("query");
	}

	private SoqlCall onlyCall(String method) {
		assertThat(this.operations.methods()).containsExactly(method);
		return (SoqlCall) this.operations.calls().get(0).argument();
	}

}
