package io.financialforce.repository.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.financialforce.core.mapping.ExternalId;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

/**
 * A sales invoice, mapped as a JavaBean, with a parent reference, a multi-select picklist and an external id.
 */
@SObject("c2g__codaInvoice__c")
public class Invoice {

	private @Nullable String id;

	private @Nullable String name;

	@SObjectField("c2g__InvoiceStatus__c")
	private @Nullable Status status;

	@SObjectField("c2g__InvoiceTotal__c")
	private @Nullable BigDecimal total;

	@SObjectField("c2g__DueDate__c")
	private @Nullable LocalDate dueDate;

	@SObjectField("c2g__Paid__c")
	private boolean paid;

	@SObjectField("c2g__Account__c")
	private @Nullable String accountId;

	private @Nullable Account account;

	@SObjectField("c2g__Tags__c")
	private @Nullable Set<String> tags;

	@ExternalId
	@SObjectField("c2g__ExternalId__c")
	private @Nullable String externalId;

	public Invoice() {
	}

	public Invoice(@Nullable String id, @Nullable String name, @Nullable BigDecimal total) {
		this.id = id;
		this.name = name;
		this.total = total;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Status getStatus() {
		return this.status;
	}

	public Invoice status(@Nullable Status status) {
		this.status = status;
		return this;
	}

	public @Nullable BigDecimal getTotal() {
		return this.total;
	}

	public @Nullable LocalDate getDueDate() {
		return this.dueDate;
	}

	public Invoice dueDate(@Nullable LocalDate dueDate) {
		this.dueDate = dueDate;
		return this;
	}

	public boolean isPaid() {
		return this.paid;
	}

	public Invoice paid(boolean paid) {
		this.paid = paid;
		return this;
	}

	public @Nullable Account getAccount() {
		return this.account;
	}

	public Invoice account(@Nullable Account account) {
		this.account = account;
		this.accountId = (account != null) ? account.getId() : null;
		return this;
	}

	public @Nullable Set<String> getTags() {
		return this.tags;
	}

	public Invoice tags(String... tags) {
		this.tags = Set.of(tags);
		return this;
	}

	public @Nullable String getExternalId() {
		return this.externalId;
	}

	public Invoice externalId(@Nullable String externalId) {
		this.externalId = externalId;
		return this;
	}

	@Override
	public String toString() {
		return "Invoice[" + this.id + ", " + this.name + "]";
	}

}
