package io.financialforce.sample.accounting;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A customer: a Salesforce {@code Account} that FinancialForce bills.
 *
 * @param id the record id
 * @param name the account name
 * @param accountNumber the account number, e.g. {@code AC000042}
 * @param type {@code Customer} or {@code Vendor}
 * @param billingCity the billing city
 * @param tradingCurrency the currency the customer trades in
 */
@SObject("Account")
public record Customer(@Id @Nullable String id, @Nullable String name, @Nullable String accountNumber,
		@Nullable String type, @Nullable String billingCity,
		@SObjectField("c2g__CODAAccountTradingCurrency__c") @Nullable String tradingCurrency) {

	/** The {@code Type} of accounts that buy from the companies. */
	public static final String CUSTOMER_TYPE = "Customer";

}
