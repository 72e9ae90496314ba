package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A row of the receivables aggregate: what one customer owes in one currency on invoices due on one day.
 *
 * @param customerId the customer's account id
 * @param customerName the customer's name
 * @param currency the ISO code of the invoices' currency
 * @param dueDate the due date shared by the invoices of the row ({@code null} for invoices without one)
 * @param outstanding the sum of their outstanding values
 * @param invoices how many invoices the row sums
 */
public record OutstandingByDueDate(String customerId, @Nullable String customerName, @Nullable String currency,
		@Nullable LocalDate dueDate, BigDecimal outstanding, long invoices) {

	static OutstandingByDueDate of(Map<String, ?> row) {
		return new OutstandingByDueDate(String.valueOf(row.get("customerId")),
				AggregateValues.string(row, "customerName"), AggregateValues.string(row, "currency"),
				AggregateValues.date(row, "dueDate"), AggregateValues.decimal(row, "outstanding"),
				AggregateValues.count(row, "invoices"));
	}

}
