package io.financialforce.sample.accounting;

import java.time.LocalDate;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * An accounting period of a company ({@code c2g__codaPeriod__c}), usually a month: invoices are posted into the
 * period of their date, which must be open for receivables.
 *
 * @param id the record id
 * @param name the period name, e.g. {@code 2026/003}
 * @param companyId the company owning the period
 * @param startDate the first day
 * @param endDate the last day
 * @param receivablesClosed whether the receivables sub-ledger is closed for it
 * @param closed whether the period is finally closed
 */
@SObject("c2g__codaPeriod__c")
public record Period(@Id @Nullable String id, @Nullable String name,
		@SObjectField("c2g__OwnerCompany__c") @Nullable String companyId,
		@SObjectField("c2g__StartDate__c") @Nullable LocalDate startDate,
		@SObjectField("c2g__EndDate__c") @Nullable LocalDate endDate,
		@SObjectField("c2g__AR__c") boolean receivablesClosed, @SObjectField("c2g__Closed__c") boolean closed) {

	/**
	 * Whether invoices may still be posted into this period.
	 * @return {@code true} unless closed
	 */
	public boolean isOpenForReceivables() {
		return !this.closed && !this.receivablesClosed;
	}

}
