package io.financialforce.sample.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.sample.accounting.OutstandingByDueDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgingPageTests {

	@Test
	void escapesEveryValue() {
		assertThat(Html.escape("<a href=\"x\">O'Brien & Sons</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Brien &amp; Sons&lt;/a&gt;");
		String page = AgingPage.render(AgingReport.of(LocalDate.of(2026, 3, 31),
				List.of(new OutstandingByDueDate("001A", "<script>alert('x')</script> & Co", "USD",
						LocalDate.of(2026, 1, 1), new BigDecimal("1234.5"), 1))));
		assertThat(page).doesNotContain("<script>")
			.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</td>");
	}

	@Test
	void drawsOneBarPerBucketScaledToTheLargest() {
		LocalDate asOf = LocalDate.of(2026, 3, 31);
		String page = AgingPage.render(AgingReport.of(asOf,
				List.of(new OutstandingByDueDate("001A", "A", "USD", asOf, new BigDecimal("100"), 1),
						new OutstandingByDueDate("001A", "A", "USD", asOf.minusDays(100), new BigDecimal("50"), 1))));
		assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("height=\"180\" fill=\"#2e8540\"")
			.contains("height=\"90\" fill=\"#8b1a1a\"")
			.contains("<title>90+ days: 50.00</title>")
			.contains("<td class=\"n\">150.00</td>");
	}

}
