package io.financialforce.sample.receivables;

import org.jspecify.annotations.Nullable;

/**
 * What one customer owes in one currency, per ageing bucket.
 *
 * @param customerId the customer's account id
 * @param customerName the customer's name
 * @param currency the ISO code of the currency
 * @param invoices the number of open invoices
 * @param amounts the outstanding amounts per bucket
 */
public record CustomerAging(String customerId, @Nullable String customerName, String currency, long invoices,
		AgingAmounts amounts) {

}
