package io.financialforce.emulator.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.financialforce.emulator.org.ObjectDefBuilder;
import io.financialforce.emulator.org.OrgStore;

import org.jspecify.annotations.Nullable;

import static io.financialforce.emulator.demo.AccountingObjects.CASH_ENTRY;
import static io.financialforce.emulator.demo.AccountingObjects.COMPANY;
import static io.financialforce.emulator.demo.AccountingObjects.CURRENCY;
import static io.financialforce.emulator.demo.AccountingObjects.DIMENSION1;
import static io.financialforce.emulator.demo.AccountingObjects.GLA;
import static io.financialforce.emulator.demo.AccountingObjects.INVOICE;
import static io.financialforce.emulator.demo.AccountingObjects.INVOICE_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.JOURNAL;
import static io.financialforce.emulator.demo.AccountingObjects.JOURNAL_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.PERIOD;
import static io.financialforce.emulator.demo.AccountingObjects.PROJECT;
import static io.financialforce.emulator.demo.AccountingObjects.PURCHASE_EXPENSE_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.PURCHASE_INVOICE;
import static io.financialforce.emulator.demo.AccountingObjects.TRANSACTION;
import static io.financialforce.emulator.demo.AccountingObjects.TRANSACTION_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.YEAR;

/**
 * Generates the demo org's records from a seed: two companies with currencies, years and periods, a chart of
 * accounts, regions, products, customers and vendors with contacts and opportunities, sales invoices with lines,
 * payable invoices, journals, transactions, cash entries and projects. Everything goes through the store's validating
 * insert, so roll-ups are consistent from the start.
 */
final class DemoData {

	private static final String[] FIRST = { "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Isla",
			"Jonas", "Kira", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara" };

	private static final String[] LAST = { "Archer", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia",
			"Haddad", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Patel", "Quist", "Rossi",
			"Schmidt", "Tanaka" };

	private static final String[] WORDS = { "Acme", "Blue", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor",
			"Iron", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Orion", "Pioneer", "Quartz", "River", "Summit",
			"Tidal", "Unity", "Vertex", "Willow", "Zenith" };

	private static final String[] TRADES = { "Industries", "Logistics", "Energy", "Foods", "Health", "Systems",
			"Retail", "Partners", "Manufacturing", "Consulting" };

	private static final String[] INDUSTRIES = { "Agriculture", "Banking", "Consulting", "Education", "Energy",
			"Healthcare", "Manufacturing", "Retail", "Technology" };

	private static final String[] CITIES = { "London", "Manchester", "Dublin", "New York", "Chicago", "Austin",
			"Toronto", "Paris", "Berlin", "Madrid" };

	private static final String[] STATUSES = { "Complete", "Complete", "Complete", "Complete", "Complete", "Complete",
			"In Progress", "In Progress", "In Progress", "Ready to Post", "Discarded" };

	private final OrgStore store;

	private final SplittableRandom random;

	private final LocalDate today;

	private final Map<String, String> glas = new LinkedHashMap<>();

	private final List<String> companies = new ArrayList<>();

	private final Map<String, String> homeCurrencyOfCompany = new HashMap<>();

	private final Map<String, String> isoOfCompany = new HashMap<>();

	private final Map<String, List<Period>> periodsOfCompany = new HashMap<>();

	private final List<String> dimensions = new ArrayList<>();

	private final List<String[]> products = new ArrayList<>();

	private final List<String> customers = new ArrayList<>();

	private final List<String> vendors = new ArrayList<>();

	private final List<String> users = new ArrayList<>();

	DemoData(OrgStore store, long seed) {
		this.store = store;
		this.random = new SplittableRandom(seed);
		this.today = LocalDate.ofInstant(store.clock().instant(), ZoneOffset.UTC);
	}

	void generate(int invoices, String adminUsername) {
		users(adminUsername);
		if (invoices < 0) {
			return;
		}
		glas();
		dimensions();
		companies();
		products();
		int accounts = Math.max(20, invoices / 20);
		accounts(accounts);
		for (int i = 0; i < invoices; i++) {
			salesInvoice(i);
		}
		for (int i = 0; i < Math.max(5, invoices / 5); i++) {
			payableInvoice(i);
		}
		for (int i = 0; i < Math.max(5, invoices / 10); i++) {
			journal(i);
			cashEntry(i);
		}
		for (int i = 0; i < Math.max(3, accounts / 4); i++) {
			project(i);
		}
	}

	private String insert(String object, Object... keyValues) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i], keyValues[i + 1]);
		}
		return this.store.insert(this.store.object(object), values);
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private void users(String adminUsername) {
		String admin = insert("User", "Username", adminUsername, "FirstName", "Demo", "LastName", "Admin", "Email",
				adminUsername, "Alias", "dadmin", "Title", "Finance Administrator", "Department", "Finance");
		this.store.setUserId(admin);
		this.users.add(admin);
		for (int i = 0; i < 4; i++) {
			String first = FIRST[i * 3];
			String last = LAST[i * 5];
			String email = (first + "." + last + "@demo.financialforce.example").toLowerCase(java.util.Locale.ROOT);
			this.users.add(insert("User", "Username", email, "FirstName", first, "LastName", last, "Email", email,
					"Alias", (first.charAt(0) + last).substring(0, Math.min(8, last.length() + 1)).toLowerCase(
							java.util.Locale.ROOT), "Department", i % 2 == 0 ? "Finance" : "Services"));
		}
	}

	private void glas() {
		String[][] chart = { { "1000", "Bank - Current Account", "Balance Sheet", "Cash" },
				{ "1200", "Accounts Receivable Control", "Balance Sheet", "Accounts Receivable" },
				{ "2100", "Accounts Payable Control", "Balance Sheet", "Accounts Payable" },
				{ "2200", "Sales Tax Payable", "Balance Sheet", null },
				{ "3100", "Retained Earnings", "Retained Earnings", null },
				{ "4000", "Sales - Hardware", "Profit and Loss", null },
				{ "4010", "Sales - Software", "Profit and Loss", null },
				{ "4020", "Sales - Services", "Profit and Loss", null },
				{ "5000", "Cost of Sales", "Profit and Loss", null }, { "6100", "Rent", "Profit and Loss", null },
				{ "6200", "Salaries", "Profit and Loss", null }, { "6300", "Travel", "Profit and Loss", null } };
		for (String[] gla : chart) {
			this.glas.put(gla[0], insert(GLA, "Name", gla[0] + " - " + gla[1], "c2g__ReportingCode__c", gla[0],
					"c2g__Type__c", gla[2], "c2g__GLAGroup__c", gla[3], "c2g__TrialBalance1__c",
					"Profit and Loss".equals(gla[2]) ? "Profit and Loss" : "Balance Sheet", "c2g__ExternalId__c",
					"GLA-" + gla[0]));
		}
	}

	private void dimensions() {
		for (String region : new String[] { "North", "South", "East", "West" }) {
			this.dimensions.add(insert(DIMENSION1, "Name", region, "c2g__ReportingCode__c",
					region.toUpperCase(java.util.Locale.ROOT), "c2g__Type__c", "Region"));
		}
	}

	private void companies() {
		company("FinancialForce Demo Inc.", "USD", "US", "New York", "NY");
		company("FinancialForce Demo Ltd", "GBP", "GB", "London", null);
	}

	private void company(String name, String home, String country, String city, @Nullable String state) {
		String company = insert(COMPANY, "Name", name, "c2g__City__c", city, "c2g__StateProvince__c", state,
				"c2g__Country__c", "US".equals(country) ? "United States" : "United Kingdom", "c2g__ECCountryCode__c",
				country, "c2g__ContactEmail__c", "accounts@" + country.toLowerCase(java.util.Locale.ROOT)
						+ ".demo.financialforce.example",
				"c2g__RetainedEarningsGLA__c", this.glas.get("3100"), "c2g__ExternalId__c", "CO-" + country,
				"CurrencyIsoCode", home);
		this.companies.add(company);
		this.isoOfCompany.put(company, home);
		for (String iso : ObjectDefBuilder.CURRENCIES) {
			String currency = insert(CURRENCY, "Name", iso, "c2g__DecimalPlaces__c", 2, "c2g__Home__c",
					iso.equals(home), "c2g__Dual__c", "USD".equals(iso) && !iso.equals(home), "c2g__OwnerCompany__c",
					company);
			if (iso.equals(home)) {
				this.homeCurrencyOfCompany.put(company, currency);
			}
		}
		List<Period> periods = new ArrayList<>();
		for (int yearNumber = this.today.getYear() - 1; yearNumber <= this.today.getYear(); yearNumber++) {
			String year = insert(YEAR, "Name", String.valueOf(yearNumber), "c2g__OwnerCompany__c", company,
					"c2g__StartDate__c", LocalDate.of(yearNumber, 1, 1), "c2g__EndDate__c",
					LocalDate.of(yearNumber, 12, 31), "c2g__NumberOfPeriods__c", 12, "c2g__Status__c", "Open");
			for (int month = 1; month <= 12; month++) {
				LocalDate start = LocalDate.of(yearNumber, month, 1);
				LocalDate end = start.plusMonths(1).minusDays(1);
				String number = String.format("%03d", month);
				boolean closed = end.isBefore(this.today.minusMonths(2));
				String period = insert(PERIOD, "Name", yearNumber + "/" + number, "c2g__YearName__c", year,
						"c2g__PeriodNumber__c", number, "c2g__StartDate__c", start, "c2g__EndDate__c", end,
						"c2g__PeriodGroup__c", "Q" + ((month - 1) / 3 + 1), "c2g__AR__c", closed, "c2g__AP__c",
						closed, "c2g__Cash__c", closed, "c2g__Closed__c", closed, "c2g__OwnerCompany__c", company);
				periods.add(new Period(period, start, end));
			}
		}
		this.periodsOfCompany.put(company, periods);
	}

	private void products() {
		String[][] catalog = { { "Ledger Server", "HW-100", "Hardware", "4000", "2400" },
				{ "Terminal Kit", "HW-200", "Hardware", "4000", "650" },
				{ "Accounting Cloud Seat", "SW-100", "Software", "4010", "120" },
				{ "Analytics Add-on", "SW-200", "Software", "4010", "45" },
				{ "Consolidation Module", "SW-300", "Software", "4010", "900" },
				{ "Implementation Day", "SV-100", "Services", "4020", "1100" },
				{ "Training Day", "SV-200", "Services", "4020", "850" },
				{ "Support Plan", "SB-100", "Subscription", "4010", "300" },
				{ "Premium Support Plan", "SB-200", "Subscription", "4010", "750" },
				{ "Data Migration", "SV-300", "Services", "4020", "5000" } };
		for (String[] product : catalog) {
			String id = insert("Product2", "Name", product[0], "ProductCode", product[1], "Family", product[2],
					"c2g__CODASalesRevenueAccount__c", this.glas.get(product[3]), "c2g__CODAUnitPrice__c",
					new BigDecimal(product[4]), "Description", product[0] + " (" + product[2] + ")");
			this.products.add(new String[] { id, product[4], product[0] });
		}
	}

	private void accounts(int count) {
		for (int i = 1; i <= count; i++) {
			boolean vendor = i % 5 == 0;
			String name = pick(WORDS) + " " + pick(WORDS) + " " + pick(TRADES);
			String city = pick(CITIES);
			String account = insert("Account", "Name", name, "AccountNumber", String.format("AC%06d", i), "Type",
					vendor ? "Vendor" : "Customer", "Industry", pick(INDUSTRIES), "BillingCity", city,
					"BillingCountry", city.equals("London") || city.equals("Manchester") ? "United Kingdom"
							: "United States",
					"Phone", String.format("+1 555 %04d", i % 10000), "AnnualRevenue",
					BigDecimal.valueOf(100_000L * (1 + this.random.nextInt(500))), "NumberOfEmployees",
					10 + this.random.nextInt(5000), "c2g__CODAExternalId__c", String.format("ACC-%06d", i),
					"c2g__CODAReportingCode__c", String.format("C%06d", i), "c2g__CODAAccountTradingCurrency__c",
					pick(new String[] { "USD", "USD", "GBP", "EUR" }), "c2g__CODAAccountsReceivableControl__c",
					this.glas.get("1200"), "c2g__CODAAccountsPayableControl__c", this.glas.get("2100"),
					"c2g__CODADimension1__c", pick(this.dimensions), "c2g__CODAPaymentMethod__c",
					pick(new String[] { "Cash", "Check", "Electronic" }), "c2g__CODACreditLimit__c",
					money(5_000 * (1 + this.random.nextInt(40))), "c2g__CODADaysOffset1__c", 30, "OwnerId",
					pick(this.users));
			(vendor ? this.vendors : this.customers).add(account);
			for (int c = 0; c < 2; c++) {
				String first = pick(FIRST);
				String last = pick(LAST);
				String contact = insert("Contact", "FirstName", first, "LastName", last, "AccountId", account,
						"Email", (first + "." + last + i + "@example.com").toLowerCase(java.util.Locale.ROOT),
						"Title", c == 0 ? "Finance Director" : "Accounts Payable Clerk", "MailingCity", city);
				if (c == 0 && !vendor) {
					this.store.update(this.store.object("Account"), account,
							Map.of("c2g__CODAFinanceContact__c", contact));
				}
			}
			if (!vendor) {
				int stage = this.random.nextInt(7);
				String[] stages = { "Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
						"Negotiation/Review", "Closed Won", "Closed Lost" };
				insert("Opportunity", "Name", name + " - Renewal", "AccountId", account, "StageName", stages[stage],
						"CloseDate", this.today.plusDays(this.random.nextInt(180) - 90), "Amount",
						money(1_000 * (5 + this.random.nextInt(200))), "Probability", (stage + 1) * 14 % 101, "Type",
						"Existing Business", "LeadSource", "Web");
			}
		}
	}

	private String period(String company, LocalDate date) {
		for (Period period : this.periodsOfCompany.get(company)) {
			if (!date.isBefore(period.start) && !date.isAfter(period.end)) {
				return period.id;
			}
		}
		return this.periodsOfCompany.get(company).get(0).id;
	}

	private record Period(String id, LocalDate start, LocalDate end) {
	}

	private void salesInvoice(int i) {
		String company = this.companies.get(this.random.nextInt(10) < 7 ? 0 : 1);
		LocalDate date = this.today.minusDays(this.random.nextInt(Math.max(1, this.today.getDayOfYear() + 360)));
		String status = pick(STATUSES);
		String invoice = insert(INVOICE, "c2g__Account__c", pick(this.customers), "c2g__OwnerCompany__c", company,
				"c2g__InvoiceCurrency__c", this.homeCurrencyOfCompany.get(company), "CurrencyIsoCode",
				this.isoOfCompany.get(company), "c2g__Period__c", period(company, date), "c2g__InvoiceDate__c",
				date, "c2g__DueDate__c", date.plusDays(30), "c2g__InvoiceStatus__c", status,
				"c2g__CustomerReference__c", "PO-" + (10_000 + i), "c2g__Dimension1__c", pick(this.dimensions),
				"c2g__InvoiceDescription__c", (i % 3 == 0) ? "Quarterly services" : null);
		int lines = 1 + this.random.nextInt(3);
		for (int line = 1; line <= lines; line++) {
			String[] product = pick(this.products);
			BigDecimal quantity = BigDecimal.valueOf(1 + this.random.nextInt(10));
			BigDecimal price = new BigDecimal(product[1]);
			BigDecimal net = quantity.multiply(price);
			insert(INVOICE_LINE, "c2g__Invoice__c", invoice, "c2g__Product__c", product[0], "c2g__Quantity__c",
					quantity, "c2g__UnitPrice__c", price, "c2g__LineNumber__c", line, "c2g__TaxRate1__c",
					new BigDecimal("20.000"), "c2g__TaxValue1__c", net.multiply(new BigDecimal("0.2")),
					"c2g__LineDescription__c", product[2], "c2g__OwnerCompany__c", company);
		}
		if (i % 10 == 0 && "Complete".equals(status)) {
			transaction(invoice, company, date, "Invoice");
		}
	}

	private void transaction(String invoice, String company, LocalDate date, String type) {
		String transaction = insert(TRANSACTION, "c2g__TransactionDate__c", date, "c2g__TransactionType__c", type,
				"c2g__OwnerCompany__c", company, "c2g__Period__c", period(company, date), "c2g__SalesInvoice__c",
				invoice, "c2g__DocumentNumber__c", this.store.read(() -> {
					var object = this.store.object(INVOICE);
					return String.valueOf(this.store.value(this.store.find(invoice), object.field("Name")));
				}));
		BigDecimal total = this.store.read(() -> {
			var object = this.store.object(INVOICE);
			return (BigDecimal) this.store.value(this.store.find(invoice), object.field("c2g__InvoiceTotal__c"));
		});
		insert(TRANSACTION_LINE, "c2g__Transaction__c", transaction, "c2g__LineType__c", "Account",
				"c2g__LineNumber__c", 1, "c2g__GeneralLedgerAccount__c", this.glas.get("1200"), "c2g__HomeValue__c",
				total, "c2g__DocumentValue__c", total, "c2g__DocumentOutstandingValue__c", total, "c2g__DueDate__c",
				date.plusDays(30));
		insert(TRANSACTION_LINE, "c2g__Transaction__c", transaction, "c2g__LineType__c", "Analysis",
				"c2g__LineNumber__c", 2, "c2g__GeneralLedgerAccount__c", this.glas.get("4010"), "c2g__HomeValue__c",
				total.negate(), "c2g__DocumentValue__c", total.negate(), "c2g__MatchingStatus__c", "Not Matchable");
		this.store.update(this.store.object(INVOICE), invoice, Map.of("c2g__Transaction__c", transaction));
	}

	private void payableInvoice(int i) {
		String company = this.companies.get(i % 2);
		LocalDate date = this.today.minusDays(this.random.nextInt(300));
		String invoice = insert(PURCHASE_INVOICE, "c2g__Account__c", pick(this.vendors),
				"c2g__AccountInvoiceNumber__c", "V-" + (50_000 + i), "c2g__OwnerCompany__c", company,
				"c2g__Period__c", period(company, date), "c2g__InvoiceCurrency__c",
				this.homeCurrencyOfCompany.get(company), "CurrencyIsoCode", this.isoOfCompany.get(company),
				"c2g__InvoiceDate__c", date, "c2g__DueDate__c", date.plusDays(45), "c2g__InvoiceStatus__c",
				pick(STATUSES));
		for (int line = 1; line <= 1 + this.random.nextInt(2); line++) {
			BigDecimal net = money(50 + this.random.nextInt(5000));
			insert(PURCHASE_EXPENSE_LINE, "c2g__PurchaseInvoice__c", invoice, "c2g__GeneralLedgerAccount__c",
					this.glas.get(pick(new String[] { "6100", "6200", "6300", "5000" })), "c2g__NetValue__c", net,
					"c2g__TaxValue1__c", net.multiply(new BigDecimal("0.2")), "c2g__LineNumber__c", line);
		}
	}

	private void journal(int i) {
		String company = this.companies.get(i % 2);
		LocalDate date = this.today.minusDays(this.random.nextInt(300));
		String journal = insert(JOURNAL, "c2g__JournalDate__c", date, "c2g__JournalStatus__c",
				i % 4 == 0 ? "In Progress" : "Complete", "c2g__Type__c", "Manual Journal", "c2g__OwnerCompany__c",
				company, "c2g__Period__c", period(company, date), "c2g__JournalCurrency__c",
				this.homeCurrencyOfCompany.get(company), "c2g__Reference__c", "Accrual " + (i + 1));
		BigDecimal value = money(100 + this.random.nextInt(20_000));
		insert(JOURNAL_LINE, "c2g__Journal__c", journal, "c2g__LineType__c", "General Ledger Account",
				"c2g__Value__c", value, "c2g__DebitCredit__c", "Debit", "c2g__GeneralLedgerAccount__c",
				this.glas.get("6200"), "c2g__Dimension1__c", pick(this.dimensions), "c2g__LineNumber__c", 1);
		insert(JOURNAL_LINE, "c2g__Journal__c", journal, "c2g__LineType__c", "General Ledger Account",
				"c2g__Value__c", value.negate(), "c2g__DebitCredit__c", "Credit", "c2g__GeneralLedgerAccount__c",
				this.glas.get("2100"), "c2g__LineNumber__c", 2);
	}

	private void cashEntry(int i) {
		String company = this.companies.get(i % 2);
		LocalDate date = this.today.minusDays(this.random.nextInt(200));
		insert(CASH_ENTRY, "c2g__Type__c", i % 3 == 0 ? "Payment" : "Receipt", "c2g__Status__c", "Complete",
				"c2g__PaymentMethod__c", "Electronic", "c2g__Date__c", date, "c2g__Account__c",
				pick(i % 3 == 0 ? this.vendors : this.customers), "c2g__OwnerCompany__c", company, "c2g__Period__c",
				period(company, date), "c2g__CashEntryCurrency__c", this.homeCurrencyOfCompany.get(company),
				"c2g__Value__c", money(100 + this.random.nextInt(10_000)), "c2g__Reference__c", "BACS " + (i + 1));
	}

	private void project(int i) {
		LocalDate start = this.today.minusDays(this.random.nextInt(365));
		insert(PROJECT, "Name", "Implementation " + (i + 1), "pse__Account__c", pick(this.customers),
				"pse__Start_Date__c", start, "pse__End_Date__c", start.plusDays(90 + this.random.nextInt(200)),
				"pse__Is_Active__c", i % 4 != 0, "pse__Is_Billable__c", true, "pse__Stage__c",
				pick(new String[] { "Planned", "In Progress", "On Hold", "Completed" }), "pse__Project_Type__c",
				"Customer Project", "pse__Billing_Type__c", i % 2 == 0 ? "Fixed Price" : "Time and Materials",
				"pse__Billings__c", money(10_000 + this.random.nextInt(90_000)), "pse__Planned_Hours__c",
				BigDecimal.valueOf(40 + this.random.nextInt(400)));
	}

}
