package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The open invoices of one currency and what they add up to.
 *
 * @param currency the ISO code
 * @param outstanding the sum of the outstanding values
 * @param invoices the number of open invoices
 */
public record OutstandingByCurrency(@Nullable String currency, BigDecimal outstanding, long invoices) {

	static OutstandingByCurrency of(Map<String, ?> row) {
		return new OutstandingByCurrency(AggregateValues.string(row, "currency"),
				AggregateValues.decimal(row, "outstanding"), AggregateValues.count(row, "invoices"));
	}

}
