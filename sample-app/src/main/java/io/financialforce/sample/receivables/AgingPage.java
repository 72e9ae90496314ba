package io.financialforce.sample.receivables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML page of the ageing report: per currency, a bar chart of the buckets (inline SVG) and the table of
 * customers. Server-rendered, no script.
 */
final class AgingPage {

	private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2733}"
			+ "table{border-collapse:collapse;margin:1rem 0 2rem}th,td{padding:.3rem .7rem;border-bottom:1px solid #dde}"
			+ "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:600}"
			+ "svg text{font-size:12px;fill:#1d2733}.muted{color:#667}";

	private static final String[] COLORS = { "#2e8540", "#f0ad4e", "#e8772e", "#d9534f", "#8b1a1a" };

	private static final int CHART_WIDTH = 640;

	private static final int CHART_HEIGHT = 240;

	private static final int BAR_AREA = 180;

	private AgingPage() {
	}

	static String render(AgingReport report) {
		Html html = new Html();
		html.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head").open("meta", "charset", "utf-8")
			.element("title", "Receivables ageing").open("style").raw(STYLE).close("style").close("head").open("body");
		html.element("h1", "Receivables ageing");
		html.element("p", "Open sales invoices as of " + report.asOf() + ", in "
				+ report.totals().size() + " currencies. JSON: /api/receivables/aging, invoices: /api/invoices.",
				"class", "muted");
		if (report.customers().isEmpty()) {
			html.element("p", "No open invoices.");
		}
		for (Map.Entry<String, AgingAmounts> total : report.totals().entrySet()) {
			String currency = total.getKey();
			html.element("h2", currency.isEmpty() ? "Outstanding" : currency);
			chart(html, currency, total.getValue());
			table(html, currency, report.customers().stream().filter((c) -> c.currency().equals(currency)).toList(),
					total.getValue());
		}
		return html.close("body").close("html").toString();
	}

	private static void chart(Html html, String currency, AgingAmounts amounts) {
		BigDecimal max = BigDecimal.ONE;
		for (AgingBucket bucket : AgingBucket.values()) {
			max = max.max(amounts.get(bucket));
		}
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(CHART_WIDTH), "height",
				String.valueOf(CHART_HEIGHT), "role", "img", "aria-label", "Outstanding " + currency + " by age");
		int slot = CHART_WIDTH / AgingBucket.values().length;
		for (AgingBucket bucket : AgingBucket.values()) {
			BigDecimal amount = amounts.get(bucket);
			int height = amount.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			int x = bucket.ordinal() * slot + 10;
			int y = 20 + BAR_AREA - height;
			html.open("rect", "x", String.valueOf(x), "y", String.valueOf(y), "width", String.valueOf(slot - 20),
					"height", String.valueOf(height), "fill", COLORS[bucket.ordinal()])
				.element("title", bucket.label() + ": " + money(amount))
				.close("rect");
			html.element("text", money(amount), "x", String.valueOf(x), "y", String.valueOf(y - 4));
			html.element("text", bucket.label(), "x", String.valueOf(x), "y", String.valueOf(CHART_HEIGHT - 20));
		}
		html.close("svg");
	}

	private static void table(Html html, String currency, List<CustomerAging> customers, AgingAmounts total) {
		html.open("table").open("thead").open("tr").element("th", "Customer").element("th", "Invoices", "class", "n");
		for (AgingBucket bucket : AgingBucket.values()) {
			html.element("th", bucket.label(), "class", "n");
		}
		html.element("th", "Total " + currency, "class", "n").close("tr").close("thead").open("tbody");
		long invoices = 0;
		for (CustomerAging customer : customers) {
			invoices += customer.invoices();
			html.open("tr").element("td", (customer.customerName() != null) ? customer.customerName()
					: customer.customerId());
			html.element("td", String.valueOf(customer.invoices()), "class", "n");
			amounts(html, customer.amounts());
			html.close("tr");
		}
		html.close("tbody").open("tfoot").open("tr").element("td", "Total")
			.element("td", String.valueOf(invoices), "class", "n");
		amounts(html, total);
		html.close("tr").close("tfoot").close("table");
	}

	private static void amounts(Html html, AgingAmounts amounts) {
		for (AgingBucket bucket : AgingBucket.values()) {
			html.element("td", money(amounts.get(bucket)), "class", "n");
		}
		html.element("td", money(amounts.total()), "class", "n");
	}

	static String money(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

}
