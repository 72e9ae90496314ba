package io.financialforce.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.core.TemplateFixtures.CustomerWithOwner;
import io.financialforce.core.TemplateFixtures.Invoice;
import io.financialforce.core.TemplateFixtures.Status;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import io.financialforce.soql.Literal;
import io.financialforce.soql.RelativeDate;
import io.financialforce.soql.Soql;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SelectMapperTests {

	private static final String INVOICE_FIELDS = "Id, Name, c2g__Account__c, c2g__InvoiceStatus__c, c2g__DueDate__c,"
			+ " c2g__NetTotal__c, Tags__c, c2g__ExternalId__c";

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final SelectMapper mapper = new SelectMapper(new PropertyPaths(this.mappingContext));

	@Test
	void selectsEveryMappedFieldWithoutRelationships() {
		assertThat(soql(Query.empty())).isEqualTo("SELECT " + INVOICE_FIELDS + " FROM c2g__codaInvoice__c");
	}

	@Test
	void mapsPropertyNamesAndApiNamesToFields() {
		assertThat(whereOf(Query.query(where("status").is(Status.COMPLETE))))
			.isEqualTo("c2g__InvoiceStatus__c = 'Complete'");
		assertThat(whereOf(Query.query(where("c2g__InvoiceStatus__c").is("Complete"))))
			.isEqualTo("c2g__InvoiceStatus__c = 'Complete'");
	}

	@Test
	void rendersEveryComparison() {
		LocalDate due = LocalDate.of(2024, 1, 31);
		assertThat(whereOf(Query.query(where("dueDate").lessThan(due)))).isEqualTo("c2g__DueDate__c < 2024-01-31");
		assertThat(whereOf(Query.query(where("dueDate").lessThanOrEquals(due)))).isEqualTo("c2g__DueDate__c <= 2024-01-31");
		assertThat(whereOf(Query.query(where("netTotal").greaterThan(new BigDecimal("10.50")))))
			.isEqualTo("c2g__NetTotal__c > 10.50");
		assertThat(whereOf(Query.query(where("netTotal").greaterThanOrEquals(100)))).isEqualTo("c2g__NetTotal__c >= 100");
		assertThat(whereOf(Query.query(where("name").not("INV-1")))).isEqualTo("Name != 'INV-1'");
		assertThat(whereOf(Query.query(where("dueDate").between(due, due.plusDays(1)))))
			.isEqualTo("c2g__DueDate__c >= 2024-01-31 AND c2g__DueDate__c <= 2024-02-01");
	}

	@Test
	void rendersNullChecks() {
		assertThat(whereOf(Query.query(where("dueDate").isNull()))).isEqualTo("c2g__DueDate__c = NULL");
		assertThat(whereOf(Query.query(where("dueDate").isNotNull()))).isEqualTo("c2g__DueDate__c != NULL");
	}

	@Test
	void rendersListsAndPicklistsInTheirApiValues() {
		assertThat(whereOf(Query.query(where("status").in(Status.IN_PROGRESS, Status.COMPLETE))))
			.isEqualTo("c2g__InvoiceStatus__c IN ('In Progress', 'Complete')");
		assertThat(whereOf(Query.query(where("name").notIn(List.of("a", "b"))))).isEqualTo("Name NOT IN ('a', 'b')");
		assertThat(whereOf(Query.query(where("tags").includes("a;b", "c")))).isEqualTo("Tags__c INCLUDES ('a;b', 'c')");
		assertThat(whereOf(Query.query(where("tags").excludes("x")))).isEqualTo("Tags__c EXCLUDES ('x')");
	}

	@Test
	void escapesValuesAndLikeWildcards() {
		assertThat(whereOf(Query.query(where("name").is("O'Brien\\ \n")))).isEqualTo("Name = 'O\\'Brien\\\\ \\n'");
		assertThat(whereOf(Query.query(where("name").startsWith("50%_")))).isEqualTo("Name LIKE '50\\%\\_%'");
		assertThat(whereOf(Query.query(where("name").contains("x")))).isEqualTo("Name LIKE '%x%'");
		assertThat(whereOf(Query.query(where("name").endsWith("x")))).isEqualTo("Name LIKE '%x'");
		assertThat(whereOf(Query.query(where("name").like("A_c%")))).isEqualTo("Name LIKE 'A_c%'");
		assertThat(whereOf(Query.query(where("name").notLike("A%")))).isEqualTo("NOT Name LIKE 'A%'");
	}

	@Test
	void groupsAndOrAsBuilt() {
		Criteria criteria = where("name").is("a").and(where("status").is("Complete").or("dueDate").isNull());
		assertThat(whereOf(Query.query(criteria)))
			.isEqualTo("Name = 'a' AND (c2g__InvoiceStatus__c = 'Complete' OR c2g__DueDate__c = NULL)");
		assertThat(whereOf(Query.query(Criteria.not(where("name").is("a").or("name").is("b")))))
			.isEqualTo("NOT (Name = 'a' OR Name = 'b')");
	}

	@Test
	void passesRelativeDatesAndSemiJoinsThrough() {
		assertThat(whereOf(Query.query(where("dueDate").lessThan(new Literal.RelativeDateValue(RelativeDate.LAST_N_DAYS, 30)))))
			.isEqualTo("c2g__DueDate__c < LAST_N_DAYS:30");
		assertThat(whereOf(Query.query(where("accountId")
			.in(Soql.select("Id").from("Account").where(Soql.field("Industry").eq("Energy")).build()))))
			.isEqualTo("c2g__Account__c IN (SELECT Id FROM Account WHERE Industry = 'Energy')");
	}

	@Test
	void comparesParentPathsAndParentReferences() {
		assertThat(whereOf(Query.query(where("account.name").is("Acme")))).isEqualTo("c2g__Account__r.Name = 'Acme'");
		assertThat(whereOf(Query.query(where("account").is("001000000000001AAA"))))
			.isEqualTo("c2g__Account__c = '001000000000001AAA'");
	}

	@Test
	void readsIncludedParentsThroughPathsAndChildrenThroughSubqueries() {
		assertThat(soql(Query.empty().include("account", "lines"))).isEqualTo("SELECT " + INVOICE_FIELDS
				+ ", c2g__Account__r.Id, c2g__Account__r.Name, c2g__Account__r.Industry,"
				+ " (SELECT Id, c2g__Quantity__c, c2g__UnitPrice__c FROM c2g__InvoiceLineItems__r)"
				+ " FROM c2g__codaInvoice__c");
	}

	@Test
	void readsNestedParents() {
		String soql = this.mapper.select(Query.empty().columns("name").include("owner"),
				this.mappingContext.getRequiredPersistentEntity(CustomerWithOwner.class)).toSoql();
		assertThat(soql).isEqualTo("SELECT Id, Name, Owner.Id, Owner.Name FROM Account");
	}

	@Test
	void projectsColumnsWithTheIdFirst() {
		assertThat(soql(Query.empty().columns("name", "dueDate")))
			.isEqualTo("SELECT Id, Name, c2g__DueDate__c FROM c2g__codaInvoice__c");
	}

	@Test
	void sortsLimitsAndOffsets() {
		Query query = Query.empty()
			.columns("name")
			.sort(Sort.by(Sort.Order.desc("dueDate").nullsLast(), Sort.Order.asc("account.name")))
			.with(PageRequest.of(2, 50));
		assertThat(soql(query)).isEqualTo("SELECT Id, Name FROM c2g__codaInvoice__c ORDER BY c2g__DueDate__c DESC"
				+ " NULLS LAST, c2g__Account__r.Name ASC LIMIT 50 OFFSET 100");
	}

	@Test
	void countsAndChecksExistenceWithOneShortQuery() {
		var entity = this.mappingContext.getRequiredPersistentEntity(Invoice.class);
		Query query = Query.query(where("status").is("Complete")).sort(Sort.by("name")).limit(5);
		assertThat(this.mapper.count(query, entity).toSoql())
			.isEqualTo("SELECT COUNT() FROM c2g__codaInvoice__c WHERE c2g__InvoiceStatus__c = 'Complete'");
		assertThat(this.mapper.exists(query, entity).toSoql())
			.isEqualTo("SELECT Id FROM c2g__codaInvoice__c WHERE c2g__InvoiceStatus__c = 'Complete' LIMIT 1");
	}

	@Test
	void refusesOffsetsPastTheApiCap() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.empty().offset(2001)))
			.withMessageContaining("past the API's OFFSET limit of 2000")
			.withMessageContaining("keyset scrolling");
	}

	@Test
	void refusesUnknownPropertiesNamingThem() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("dueDat").is("x"))))
			.withMessageContaining("No property or field 'dueDat' on Invoice (c2g__codaInvoice__c)")
			.withMessageContaining("dueDate");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("account.nam").is("x"))))
			.withMessageContaining("No property or field 'nam' on Customer (Customer)");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("name.first").is("x"))))
			.withMessageContaining("not a parent reference");
	}

	@Test
	void refusesValuesOfTheWrongType() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("dueDate").is("yesterday"))))
			.withMessage("'dueDate' of Invoice (c2g__codaInvoice__c) holds LocalDate values; it cannot be compared"
					+ " with the String 'yesterday'");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("netTotal").in(1, "two"))));
		assertThat(whereOf(Query.query(where("status").is("Complete")))).isEqualTo("c2g__InvoiceStatus__c = 'Complete'");
	}

	@Test
	void refusesComparingChildCollections() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> soql(Query.query(where("lines").isNull())))
			.withMessageContaining("child collection");
	}

	private String soql(Query query) {
		return this.mapper.select(query, this.mappingContext.getRequiredPersistentEntity(Invoice.class)).toSoql();
	}

	private String whereOf(Query query) {
		String soql = soql(query);
		return soql.substring(soql.indexOf(" WHERE ") + 7);
	}

}
