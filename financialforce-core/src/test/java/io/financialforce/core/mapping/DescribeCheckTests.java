package io.financialforce.core.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.annotation.ReadOnlyProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DescribeCheckTests {

	private final FinancialForceMappingContext context = new FinancialForceMappingContext();

	@Test
	void acceptsMappingThatMatchesDescribeAndKeepsTheMetadata() {
		AtomicInteger describes = new AtomicInteger();
		this.context.setDescribeSource((name) -> {
			describes.incrementAndGet();
			return DescribeFixtures.source().describe(name);
		});
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Invoice.class);
		assertThat(entity.getDescription()).isEqualTo(DescribeFixtures.invoice());
		assertThat(this.context.getRequiredPersistentEntity(InvoiceLine.class).getDescription())
			.isEqualTo(DescribeFixtures.invoiceLine());
		this.context.getRequiredPersistentEntity(Invoice.class);
		assertThat(describes).hasValue(2);
	}

	@Test
	void takesUnannotatedTypesTheOrgDoesNotKnowAsResultTypes() {
		AtomicInteger describes = new AtomicInteger();
		this.context.setDescribeSource((name) -> {
			describes.incrementAndGet();
			return DescribeFixtures.source().describe(name);
		});
		assertThat(this.context.getRequiredPersistentEntity(OutstandingByCustomer.class).getDescription()).isNull();
		this.context.getRequiredPersistentEntity(OutstandingByCustomer.class);
		assertThat(describes).hasValue(1);
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> this.context.getRequiredPersistentEntity(MissingObject.class))
			.withMessageContaining("the org has no sObject Missing__c");
	}

	record OutstandingByCustomer(String account, java.math.BigDecimal total) {
	}

	@io.financialforce.core.mapping.SObject("Missing__c")
	record MissingObject(String id) {
	}

	@Test
	void reportsAllProblemsOfAllTypesInOneErrorWithSuggestions() {
		this.context.setDescribeSource(DescribeFixtures.source());
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(BadInvoice.class))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class)
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(
					"BadInvoice.dueDate: no field c2g__DueDat__c on c2g__codaInvoice__c; did you mean c2g__DueDate__c?",
					"BadInvoice.invoiceDate: no field InvoiceDate__c on c2g__codaInvoice__c;"
							+ " did you mean c2g__InvoiceDate__c?",
					"BadInvoice.status: enum Status stands for 'Completed', which is no value of the picklist"
							+ " c2g__InvoiceStatus__c; did you mean Complete?",
					"BadInvoice.total: field c2g__InvoiceTotal__c is currency, which is read into BigDecimal or Money,"
							+ " not Double",
					"BadInvoice.total: field c2g__InvoiceTotal__c is neither createable nor updateable (formula,"
							+ " roll-up, auto-number or system field); annotate the property @ReadOnlyProperty",
					"BadInvoice.reference: field Name is neither createable nor updateable (formula, roll-up,"
							+ " auto-number or system field); annotate the property @ReadOnlyProperty",
					"BadInvoice.reference: is @ExternalId but Name is not an external id field of c2g__codaInvoice__c",
					"BadInvoice.account: no parent relationship c2g__Acount__r on c2g__codaInvoice__c;"
							+ " did you mean c2g__Account__r?",
					"BadInvoice.lines: child relationship c2g__InvoiceLineItems__r holds c2g__codaInvoiceLineItem__c"
							+ " records, but BadAccount maps Account",
					"BadAccount.regions: field Regions__c is multipicklist, which is read into String, or a Set of"
							+ " String or of an enum, not Integer",
					"BadAccount.contacts: no child relationship Contact on Account; did you mean Contacts?"))
			.withMessageStartingWith("The mapping of 2 types does not match the org's describe metadata:\n"
					+ "BadInvoice (c2g__codaInvoice__c):\n  - BadInvoice.dueDate: no field c2g__DueDat__c");
	}

	@Test
	void reportsUnknownSObject() {
		this.context.setDescribeSource(DescribeFixtures.source());
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(Unknown.class))
			.withMessageContaining("Unknown: the org has no sObject c2g__codaInvoce__c (or the user cannot see it);"
					+ " did you mean c2g__codaInvoice__c?");
	}

	@Test
	void failsAgainOnNextUseUntilFixed() {
		this.context.setDescribeSource(DescribeFixtures.source());
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(Unknown.class));
		assertThatExceptionOfType(MappingMismatchException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(Unknown.class));
	}

	@Test
	void verifiesAllKnownTypesAtStartUp() {
		this.context.setInitialEntitySet(Set.of(Invoice.class, Unknown.class));
		this.context.initialize();
		this.context.setDescribeSource(DescribeFixtures.source());
		assertThatExceptionOfType(MappingMismatchException.class).isThrownBy(this.context::verifyAll)
			.withMessageContaining("c2g__codaInvoce__c");
	}

	@Test
	void verifiesAllKnownTypesAtStartUpAndKeepsTheirMetadata() {
		this.context.setInitialEntitySet(Set.of(Invoice.class));
		this.context.initialize();
		this.context.setDescribeSource(DescribeFixtures.source());
		this.context.verifyAll();
		assertThat(this.context.getPersistentEntities())
			.allSatisfy((entity) -> assertThat(entity.getDescription()).isNotNull())
			.extracting(FinancialForcePersistentEntity::getObjectName)
			.contains("c2g__codaInvoice__c", "c2g__codaInvoiceLineItem__c");
	}

	@Test
	void checksNothingWithoutDescribeSource() {
		assertThat(this.context.getRequiredPersistentEntity(BadInvoice.class).getDescription()).isNull();
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(String id, @ReadOnlyProperty String name, @SObjectField("c2g__Account__c") String accountId,
			@SObjectField("c2g__DueDate__c") LocalDate dueDate,
			@SObjectField("c2g__InvoiceStatus__c") GoodStatus status,
			@ReadOnlyProperty @SObjectField("c2g__InvoiceTotal__c") Money total,
			@SObjectField("c2g__InvoiceLineItems__r") List<InvoiceLine> lines,
			@ExternalId @SObjectField("c2g__ExternalId__c") String externalId) {
	}

	@SObject("c2g__codaInvoiceLineItem__c")
	record InvoiceLine(String id, @SObjectField("c2g__NetValue__c") BigDecimal netValue,
			@SObjectField("c2g__Invoice__c") String invoiceId) {
	}

	@SObject("c2g__codaInvoice__c")
	record BadInvoice(String id, @SObjectField("c2g__DueDat__c") LocalDate dueDate,
			@SObjectField("InvoiceDate__c") LocalDate invoiceDate, @SObjectField("c2g__InvoiceStatus__c") Status status,
			@SObjectField("c2g__InvoiceTotal__c") Double total, @ExternalId @SObjectField("Name") String reference,
			@SObjectField("c2g__Acount__r") BadAccount account,
			@SObjectField("c2g__InvoiceLineItems__r") List<BadAccount> lines) {
	}

	@SObject("Account")
	record BadAccount(String id, String name, @SObjectField("Regions__c") Integer regions,
			@SObjectField("Contact") List<BadInvoice> contacts) {
	}

	@SObject("c2g__codaInvoce__c")
	record Unknown(String id) {
	}

	enum GoodStatus {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Complete")
		COMPLETE

	}

	enum Status {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Completed")
		COMPLETE

	}

}
