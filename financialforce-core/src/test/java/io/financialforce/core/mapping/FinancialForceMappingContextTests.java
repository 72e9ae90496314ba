package io.financialforce.core.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FinancialForceMappingContextTests {

	private final FinancialForceMappingContext context = new FinancialForceMappingContext();

	@Test
	void mapsRecordWithAnnotatedNames() {
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Invoice.class);
		assertThat(entity.getObjectName()).isEqualTo("c2g__codaInvoice__c");
		assertThat(entity.getRequiredIdProperty().getName()).isEqualTo("id");
		assertThat(entity.getRequiredIdProperty().getFieldName()).isEqualTo("Id");
		assertThat(entity.getRequiredPersistentProperty("dueDate").getFieldName()).isEqualTo("c2g__DueDate__c");
		assertThat(entity.getRequiredPersistentProperty("name").getFieldName()).isEqualTo("Name");
		assertThat(entity.getExternalIdProperty()).isNotNull();
		assertThat(entity.getExternalIdProperty().getFieldName()).isEqualTo("c2g__ExternalId__c");
	}

	@Test
	void defaultsObjectNameToSimpleClassNameAndFieldsToCapitalisedPropertyNames() {
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Account.class);
		assertThat(entity.getObjectName()).isEqualTo("Account");
		assertThat(entity.getRequiredPersistentProperty("name").getFieldName()).isEqualTo("Name");
		assertThat(entity.getRequiredPersistentProperty("annualRevenue").getFieldName()).isEqualTo("AnnualRevenue");
		assertThat(entity.getRequiredPersistentProperty("createdDate").getFieldName()).isEqualTo("CreatedDate");
		assertThat(entity.getRequiredIdProperty().getName()).isEqualTo("recordId");
		assertThat(entity.getRequiredIdProperty().getFieldName()).isEqualTo("Id");
	}

	@Test
	void derivesParentRelationshipFromCustomReferenceField() {
		FinancialForcePersistentProperty account = this.context.getRequiredPersistentEntity(Invoice.class)
			.getRequiredPersistentProperty("account");
		assertThat(account.isParentReference()).isTrue();
		assertThat(account.isChildCollection()).isFalse();
		assertThat(account.getFieldName()).isEqualTo("c2g__Account__r");
		assertThat(account.getReferenceFieldName()).isEqualTo("c2g__Account__c");
		assertThat(account.isWritable()).isFalse();
	}

	@Test
	void derivesParentRelationshipFromStandardReferenceField() {
		FinancialForcePersistentProperty account = this.context.getRequiredPersistentEntity(Contact.class)
			.getRequiredPersistentProperty("account");
		assertThat(account.getFieldName()).isEqualTo("Account");
		assertThat(account.getReferenceFieldName()).isEqualTo("AccountId");
	}

	@Test
	void derivesParentRelationshipWhateverThePropertyOrder() {
		FinancialForcePersistentProperty parent = this.context.getRequiredPersistentEntity(ParentFirst.class)
			.getRequiredPersistentProperty("parent");
		assertThat(parent.getFieldName()).isEqualTo("Parent__r");
	}

	@Test
	void takesAnnotatedRelationshipNameOverDerivedOne() {
		FinancialForcePersistentProperty owner = this.context.getRequiredPersistentEntity(Contact.class)
			.getRequiredPersistentProperty("owningCompany");
		assertThat(owner.getFieldName()).isEqualTo("c2g__OwnerCompany__r");
		assertThat(owner.getReferenceFieldName()).isEqualTo("c2g__OwnerCompany__c");
	}

	@Test
	void mapsChildCollectionToAnnotatedOrDefaultRelationship() {
		FinancialForcePersistentProperty lines = this.context.getRequiredPersistentEntity(Invoice.class)
			.getRequiredPersistentProperty("lines");
		assertThat(lines.isChildCollection()).isTrue();
		assertThat(lines.getFieldName()).isEqualTo("c2g__InvoiceLineItems__r");
		assertThat(lines.isWritable()).isFalse();
		FinancialForcePersistentProperty contacts = this.context.getRequiredPersistentEntity(Account.class)
			.getRequiredPersistentProperty("contacts");
		assertThat(contacts.isChildCollection()).isTrue();
		assertThat(contacts.getFieldName()).isEqualTo("Contacts");
		assertThat(this.context.getRequiredPersistentEntity(contacts).getObjectName()).isEqualTo("Contact");
	}

	@Test
	void treatsMultiPicklistSetsAndValueTypesAsFields() {
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Account.class);
		assertThat(entity.getRequiredPersistentProperty("regions").isRelationship()).isFalse();
		assertThat(entity.getRequiredPersistentProperty("billingAddress").isRelationship()).isFalse();
		assertThat(entity.getRequiredPersistentProperty("billingAddress").isWritable()).isFalse();
	}

	@Test
	void writesOnlyValueFieldsThatAreNotReadOnlyOrSystem() {
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Invoice.class);
		assertThat(entity.getRequiredPersistentProperty("dueDate").isWritable()).isTrue();
		assertThat(entity.getRequiredPersistentProperty("name").isWritable()).isFalse();
		assertThat(entity.getRequiredPersistentProperty("id").isWritable()).isFalse();
		FinancialForcePersistentEntity<?> account = this.context.getRequiredPersistentEntity(Account.class);
		assertThat(account.getRequiredPersistentProperty("createdDate").isSystemField()).isTrue();
		assertThat(account.getRequiredPersistentProperty("createdDate").isWritable()).isFalse();
	}

	@Test
	void findsPropertiesByFieldNameIgnoringCase() {
		FinancialForcePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Invoice.class);
		assertThat(entity.getPersistentPropertyByFieldName("C2G__DUEDATE__C").getName()).isEqualTo("dueDate");
		assertThat(entity.getPersistentPropertyByFieldName("c2g__InvoiceLineItems__r").getName()).isEqualTo("lines");
		assertThat(entity.getPersistentPropertyByFieldName("Nope__c")).isNull();
	}

	@Test
	void listsSelectedFieldsWithoutRelationshipsAndWithCurrencyForMoney() {
		assertThat(this.context.getRequiredPersistentEntity(Invoice.class).getFieldNames()).containsExactly("Id",
				"Name", "c2g__Account__c", "c2g__DueDate__c", "c2g__InvoiceStatus__c", "c2g__InvoiceTotal__c",
				"c2g__ExternalId__c", "CurrencyIsoCode");
	}

	@Test
	void rejectsTwoExternalIds() {
		assertThatExceptionOfType(InvalidMappingException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(TwoExternalIds.class))
			.withMessageContaining("marks both 'a' and 'b' @ExternalId");
	}

	@Test
	void rejectsIdThatIsNotString() {
		assertThatExceptionOfType(InvalidMappingException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(NumericId.class))
			.withMessageContaining("is the id but of type Long");
	}

	@Test
	void rejectsInvalidApiNames() {
		assertThatExceptionOfType(InvalidMappingException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(BadFieldName.class))
			.withMessageContaining("maps to 'Due Date', which is not a valid API name");
		assertThatExceptionOfType(InvalidMappingException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(BadObjectName.class))
			.withMessageContaining("maps to the sObject 'x; DELETE'");
	}

	@Test
	void rejectsTwoPropertiesOnOneField() {
		assertThatExceptionOfType(InvalidMappingException.class)
			.isThrownBy(() -> this.context.getPersistentEntity(SameFieldTwice.class))
			.withMessageContaining("maps both 'name' and 'label' to Name");
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(String id, @ReadOnlyProperty String name, @SObjectField("c2g__Account__c") String accountId,
			Account account, @SObjectField("c2g__DueDate__c") LocalDate dueDate,
			@SObjectField("c2g__InvoiceStatus__c") Status status,
			@ReadOnlyProperty @SObjectField("c2g__InvoiceTotal__c") Money total,
			@SObjectField("c2g__InvoiceLineItems__r") List<InvoiceLine> lines,
			@ExternalId @SObjectField("c2g__ExternalId__c") String externalId) {
	}

	enum Status {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Complete")
		COMPLETE, @UnknownPicklistValue
		OTHER

	}

	@SObject("c2g__codaInvoiceLineItem__c")
	record InvoiceLine(String id, @SObjectField("c2g__NetValue__c") BigDecimal netValue) {
	}

	static class Account {

		@Id
		private String recordId;

		private String name;

		private BigDecimal annualRevenue;

		private Instant createdDate;

		private Set<String> regions;

		private Address billingAddress;

		private List<Contact> contacts;

		@Transient
		private String scratch;

	}

	record Contact(String id, String lastName, String accountId, Account account,
			@SObjectField("c2g__OwnerCompany__r") Account owningCompany) {
	}

	record ParentFirst(Contact parent, @SObjectField("Parent__c") String parentId, String id) {
	}

	record TwoExternalIds(String id, @ExternalId String a, @ExternalId String b) {
	}

	record NumericId(@Id Long key) {
	}

	record BadFieldName(String id, @SObjectField("Due Date") LocalDate dueDate) {
	}

	@SObject("x; DELETE")
	record BadObjectName(String id) {
	}

	record SameFieldTwice(String id, String name, @SObjectField("Name") String label) {
	}

}
