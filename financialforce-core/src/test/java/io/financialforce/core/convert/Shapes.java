package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.financialforce.core.mapping.Address;
import io.financialforce.core.mapping.ExternalId;
import io.financialforce.core.mapping.GeoLocation;
import io.financialforce.core.mapping.Money;
import io.financialforce.core.mapping.PicklistValue;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import io.financialforce.core.mapping.UnknownPicklistValue;

import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * Mapped types used by the conversion tests.
 */
final class Shapes {

	private Shapes() {
	}

	enum Status {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Complete")
		COMPLETE, @UnknownPicklistValue
		UNKNOWN

	}

	enum Region {

		EMEA, APAC, AMER

	}

	@SObject("Thing__c")
	record AllTypes(String id, @SObjectField("Text__c") String text, @SObjectField("Active__c") boolean active,
			@SObjectField("Count__c") int count, @SObjectField("Big__c") Long big,
			@SObjectField("Ratio__c") Double ratio, @SObjectField("Amount__c") BigDecimal amount,
			@SObjectField("Rate__c") BigDecimal rate, @SObjectField("Price__c") Money price,
			@SObjectField("Day__c") LocalDate day, @SObjectField("At__c") Instant at,
			@SObjectField("AtOffset__c") OffsetDateTime atOffset, @SObjectField("Time__c") LocalTime time,
			@SObjectField("Status__c") Status status, @SObjectField("Stage__c") String stage,
			@SObjectField("Tags__c") Set<String> tags, @SObjectField("Regions__c") EnumSet<Region> regions,
			Address billingAddress, @SObjectField("Location__c") GeoLocation location, String ownerId,
			@ReadOnlyProperty @SObjectField("Formula__c") String formula, Instant createdDate,
			@ExternalId @SObjectField("Ext__c") String ext) {
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(String id, @ReadOnlyProperty String name, @SObjectField("c2g__Account__c") String accountId,
			Account account, @SObjectField("c2g__InvoiceStatus__c") Status status,
			@SObjectField("c2g__DueDate__c") LocalDate dueDate,
			@ReadOnlyProperty @SObjectField("c2g__InvoiceTotal__c") BigDecimal total,
			@SObjectField("c2g__InvoiceLineItems__r") List<InvoiceLine> lines) {
	}

	@SObject("c2g__codaInvoiceLineItem__c")
	record InvoiceLine(String id, @SObjectField("c2g__NetValue__c") BigDecimal netValue,
			@SObjectField("c2g__Quantity__c") BigDecimal quantity) {
	}

	record Account(String id, String name, String ownerId, User owner) {
	}

	record User(String id, String name) {
	}

	/** A JavaBean with a child collection. */
	static class Company {

		private String id;

		private String name;

		private BigDecimal annualRevenue;

		private List<Contact> contacts = new ArrayList<>();

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getAnnualRevenue() {
			return this.annualRevenue;
		}

		public void setAnnualRevenue(BigDecimal annualRevenue) {
			this.annualRevenue = annualRevenue;
		}

		public List<Contact> getContacts() {
			return this.contacts;
		}

		public void setContacts(List<Contact> contacts) {
			this.contacts = contacts;
		}

	}

	@SObject("Contact")
	record Contact(String id, String lastName, String email) {
	}

}
