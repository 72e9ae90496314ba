package io.financialforce.sample.accounting;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A FinancialForce company ({@code c2g__codaCompany__c}): the legal entity that issues invoices, in its home currency.
 *
 * @param id the record id
 * @param name the company name
 * @param country the country
 * @param currency the home currency's ISO code
 */
@SObject("c2g__codaCompany__c")
public record Company(@Id @Nullable String id, @Nullable String name,
		@SObjectField("c2g__Country__c") @Nullable String country,
		@SObjectField("CurrencyIsoCode") @Nullable String currency) {

}
