package io.financialforce.repository.query;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.auth.AccessTokenAuthenticator;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.repository.sample.Account;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.query.parser.PartTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Method name to the SOQL text the template sends, rendered with {@code explain} (no API call): one line per
 * keyword, after Spring Data JDBC's {@code QueryAssert} tests.
 */
class DerivedQuerySoqlTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final FinancialForceTemplate template = new FinancialForceTemplate(
			FinancialForceClient
				.builder(new AccessTokenAuthenticator("token".toCharArray(), URI.create("http://localhost:9")))
				.build(),
			this.mappingContext);

	@Test
	void rendersEqualityAndCombinators() {
		assertThat(soql("findByName", "O'Brien")).isEqualTo("WHERE Name = 'O\\'Brien'");
		assertThat(soql("findByNameNot", "a")).isEqualTo("WHERE Name != 'a'");
		assertThat(soql("findByName", (Object) null)).isEqualTo("WHERE Name = NULL");
		assertThat(soql("findByNameAndTotal", "a", BigDecimal.TEN))
			.isEqualTo("WHERE Name = 'a' AND c2g__InvoiceTotal__c = 10");
		assertThat(soql("findByNameAndPaidTrueOrTotal", "a", BigDecimal.ONE))
			.isEqualTo("WHERE (Name = 'a' AND c2g__Paid__c = TRUE) OR c2g__InvoiceTotal__c = 1");
	}

	@Test
	void rendersComparisons() {
		assertThat(soql("findByTotalBetween", BigDecimal.ONE, BigDecimal.TEN))
			.isEqualTo("WHERE c2g__InvoiceTotal__c >= 1 AND c2g__InvoiceTotal__c <= 10");
		assertThat(soql("findByTotalLessThan", BigDecimal.TEN)).isEqualTo("WHERE c2g__InvoiceTotal__c < 10");
		assertThat(soql("findByTotalLessThanEqual", BigDecimal.TEN)).isEqualTo("WHERE c2g__InvoiceTotal__c <= 10");
		assertThat(soql("findByTotalGreaterThan", BigDecimal.TEN)).isEqualTo("WHERE c2g__InvoiceTotal__c > 10");
		assertThat(soql("findByTotalGreaterThanEqual", BigDecimal.TEN)).isEqualTo("WHERE c2g__InvoiceTotal__c >= 10");
		assertThat(soql("findByDueDateBefore", DAY)).isEqualTo("WHERE c2g__DueDate__c < 2026-03-31");
		assertThat(soql("findByDueDateAfter", DAY)).isEqualTo("WHERE c2g__DueDate__c > 2026-03-31");
	}

	@Test
	void rendersNullChecksAndBooleans() {
		assertThat(soql("findByDueDateIsNull")).isEqualTo("WHERE c2g__DueDate__c = NULL");
		assertThat(soql("findByDueDateIsNotNull")).isEqualTo("WHERE c2g__DueDate__c != NULL");
		assertThat(soql("findByPaidTrue")).isEqualTo("WHERE c2g__Paid__c = TRUE");
		assertThat(soql("findByPaidFalse")).isEqualTo("WHERE c2g__Paid__c = FALSE");
	}

	@Test
	void rendersTextMatchesWithEscapedWildcards() {
		assertThat(soql("findByNameLike", "INV-%")).isEqualTo("WHERE Name LIKE 'INV-%'");
		assertThat(soql("findByNameNotLike", "INV-%")).isEqualTo("WHERE NOT Name LIKE 'INV-%'");
		assertThat(soql("findByNameStartingWith", "50%")).isEqualTo("WHERE Name LIKE '50\\%%'");
		assertThat(soql("findByNameEndingWith", "_x")).isEqualTo("WHERE Name LIKE '%\\_x'");
		assertThat(soql("findByNameContaining", "a")).isEqualTo("WHERE Name LIKE '%a%'");
		assertThat(soql("findByNameNotContaining", "a")).isEqualTo("WHERE NOT Name LIKE '%a%'");
		assertThat(soql("findByNameIgnoreCase", "inv")).isEqualTo("WHERE Name = 'inv'");
	}

	@Test
	void rendersMultiPicklistAndListOperators() {
		assertThat(soql("findByTagsContaining", "Urgent")).isEqualTo("WHERE c2g__Tags__c INCLUDES ('Urgent')");
		assertThat(soql("findByTagsNotContaining", "Urgent")).isEqualTo("WHERE c2g__Tags__c EXCLUDES ('Urgent')");
		assertThat(soql("findByTagsIsEmpty")).isEqualTo("WHERE c2g__Tags__c = NULL");
		assertThat(soql("findByNameIn", List.of("a", "b"))).isEqualTo("WHERE Name IN ('a', 'b')");
		assertThat(soql("findByNameNotIn", List.of("a"))).isEqualTo("WHERE Name NOT IN ('a')");
		assertThat(soql("findByNameIn", List.of())).isEqualTo("WHERE Id = NULL");
	}

	@Test
	void rendersPicklistsParentPathsSortAndLimit() {
		assertThat(soql("findByStatus", Status.IN_PROGRESS)).isEqualTo("WHERE c2g__InvoiceStatus__c = 'In Progress'");
		assertThat(soql("findByAccount_Name", "Acme")).isEqualTo("WHERE c2g__Account__r.Name = 'Acme'");
		assertThat(soql("findByAccount", new Account("001000000000001AAA", "Acme")))
			.isEqualTo("WHERE c2g__Account__c = '001000000000001AAA'");
		assertThat(soql("findTop3ByPaidFalseOrderByDueDateDescNameAsc"))
			.isEqualTo("WHERE c2g__Paid__c = FALSE ORDER BY c2g__DueDate__c DESC, Name ASC LIMIT 3");
	}

	private String soql(String method, @Nullable Object... values) {
		PartTree tree = new PartTree(method, Invoice.class);
		Query query = new FinancialForceQueryCreator(tree, new StubParameterAccessor(values),
				this.mappingContext, "id").createQuery();
		if (tree.isLimiting()) {
			query = query.limit(tree.getMaxResults());
		}
		String soql = this.template.explain(query, Invoice.class).soql();
		return soql.substring(soql.indexOf(" FROM c2g__codaInvoice__c ") + " FROM c2g__codaInvoice__c ".length());
	}

}
