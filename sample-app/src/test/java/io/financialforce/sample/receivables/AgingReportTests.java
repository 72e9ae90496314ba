package io.financialforce.sample.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.sample.accounting.OutstandingByDueDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AgingReportTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	@Test
	void bucketsAreThirtyDaySteps() {
		assertThat(AgingBucket.of(-5)).isEqualTo(AgingBucket.CURRENT);
		assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.CURRENT);
		assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.DAYS_1_TO_30);
		assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_1_TO_30);
		assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_TO_60);
		assertThat(AgingBucket.of(60)).isEqualTo(AgingBucket.DAYS_31_TO_60);
		assertThat(AgingBucket.of(61)).isEqualTo(AgingBucket.DAYS_61_TO_90);
		assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.DAYS_61_TO_90);
		assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.OVER_90);
	}

	@Test
	void foldsDueDateRowsIntoBucketsPerCustomerAndCurrency() {
		AgingReport report = AgingReport.of(AS_OF, List.of(row("001A", "USD", AS_OF, "10.00", 1),
				row("001A", "USD", AS_OF.minusDays(1), "20.00", 2), row("001A", "USD", AS_OF.minusDays(30), "5.00", 1),
				row("001A", "USD", AS_OF.minusDays(31), "1.50", 1), row("001A", "USD", AS_OF.minusDays(91), "100", 3),
				row("001A", "GBP", AS_OF.minusDays(61), "7.00", 1), row("001B", "USD", null, "3.00", 1),
				row("001B", "USD", AS_OF.plusDays(10), "4.00", 1)));
		assertThat(report.customers()).extracting(CustomerAging::customerId, CustomerAging::currency,
				CustomerAging::invoices)
			.containsExactly(tuple("001A", "USD", 8L),
					tuple("001A", "GBP", 1L),
					tuple("001B", "USD", 2L));
		AgingAmounts a = report.customers().get(0).amounts();
		assertThat(a.current()).isEqualByComparingTo("10.00");
		assertThat(a.days1To30()).isEqualByComparingTo("25.00");
		assertThat(a.days31To60()).isEqualByComparingTo("1.50");
		assertThat(a.days61To90()).isEqualByComparingTo("0");
		assertThat(a.over90()).isEqualByComparingTo("100");
		assertThat(a.total()).isEqualByComparingTo("136.50");
		assertThat(report.customers().get(2).amounts().current()).isEqualByComparingTo("7.00");
		assertThat(report.totals()).containsOnlyKeys("GBP", "USD");
		assertThat(report.total("USD")).isEqualByComparingTo("143.50");
		assertThat(report.total("GBP")).isEqualByComparingTo("7.00");
		assertThat(report.totals().get("GBP").days61To90()).isEqualByComparingTo("7.00");
		assertThat(report.total("EUR")).isZero();
	}

	@Test
	void noRowsIsAnEmptyReport() {
		AgingReport report = AgingReport.of(AS_OF, List.of());
		assertThat(report.customers()).isEmpty();
		assertThat(report.totals()).isEmpty();
		assertThat(AgingPage.render(report)).contains("No open invoices.");
	}

	private static OutstandingByDueDate row(String customer, String currency, LocalDate dueDate, String amount,
			long invoices) {
		return new OutstandingByDueDate(customer, "Customer " + customer, currency, dueDate, new BigDecimal(amount),
				invoices);
	}

}
