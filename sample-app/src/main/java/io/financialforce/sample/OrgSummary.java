package io.financialforce.sample;

import java.util.List;
import java.util.stream.Collectors;

import io.financialforce.autoconfigure.FinancialForceProperties;
import io.financialforce.autoconfigure.FinancialForceConnectionDetails;
import io.financialforce.sample.accounting.CompanyRepository;
import io.financialforce.sample.accounting.Customer;
import io.financialforce.sample.accounting.CustomerRepository;
import io.financialforce.sample.accounting.InvoiceRepository;
import io.financialforce.sample.accounting.OutstandingByCurrency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs, once the application has started, which org it is connected to (never a secret) and what is in it:
 * companies, customers, open invoices and the total outstanding per currency.
 */
@Component
final class OrgSummary implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(OrgSummary.class);

	private final ObjectProvider<FinancialForceConnectionDetails> connectionDetails;

	private final FinancialForceProperties properties;

	private final boolean embedded;

	private final CompanyRepository companies;

	private final CustomerRepository customers;

	private final InvoiceRepository invoices;

	OrgSummary(ObjectProvider<FinancialForceConnectionDetails> connectionDetails, FinancialForceProperties properties,
			Environment environment, CompanyRepository companies, CustomerRepository customers,
			InvoiceRepository invoices) {
		this.embedded = environment.getProperty("financialforce.emulator.enabled", Boolean.class, false);
		this.connectionDetails = connectionDetails;
		this.properties = properties;
		this.companies = companies;
		this.customers = customers;
		this.invoices = invoices;
	}

	@Override
	public void run(ApplicationArguments args) {
		String org = describeOrg();
		try {
			List<OutstandingByCurrency> open = this.invoices.sumOutstandingByCurrency();
			long openInvoices = open.stream().mapToLong(OutstandingByCurrency::invoices).sum();
			String outstanding = open.isEmpty() ? "nothing" : open.stream()
				.map((row) -> row.currency() + " " + String.format("%,.2f", row.outstanding()))
				.collect(Collectors.joining(", "));
			logger.info("Connected to {}: {} companies, {} customers, {} open invoices, {} outstanding", org,
					this.companies.count(), this.customers.countByType(Customer.CUSTOMER_TYPE), openInvoices,
					outstanding);
		}
		catch (DataAccessException ex) {
			logger.warn("Cannot read from {}: {} (see /actuator/health)", org, ex.getMessage());
		}
	}

	private String describeOrg() {
		FinancialForceConnectionDetails details = this.connectionDetails.getIfAvailable();
		if (details != null) {
			String what = this.embedded ? "the embedded FinancialForce emulator (demo org)" : "the FinancialForce org";
			return what + " at " + details.loginUrl() + " as the run-as user of connected app " + details.clientId();
		}
		String host = (this.properties.getLoginUrl() != null) ? this.properties.getLoginUrl().toString()
				: (this.properties.isUseSandbox() ? "https://test.salesforce.com" : "https://login.salesforce.com");
		String user = (this.properties.getJwt().getUsername() != null) ? this.properties.getJwt().getUsername()
				: this.properties.getUser();
		return "the FinancialForce org at " + host + " as "
				+ ((user != null) ? user : "the run-as user of connected app " + this.properties.getOauth().getClientId());
	}

}
