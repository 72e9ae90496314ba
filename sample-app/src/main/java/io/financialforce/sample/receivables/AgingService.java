package io.financialforce.sample.receivables;

import java.time.LocalDate;
import java.util.List;

import io.financialforce.sample.accounting.InvoiceRepository;
import io.financialforce.sample.accounting.OutstandingByDueDate;

import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.stereotype.Service;

/**
 * Computes the ageing report from one aggregate query.
 */
@Service
public final class AgingService {

	private final InvoiceRepository invoices;

	AgingService(InvoiceRepository invoices) {
		this.invoices = invoices;
	}

	/**
	 * The ageing of the open invoices on a day.
	 * @param asOf the day the ages are counted to
	 * @return the report
	 * @throws InvalidDataAccessResourceUsageException if the org holds more customer and due-date groups than one
	 * aggregate query returns
	 */
	public AgingReport report(LocalDate asOf) {
		List<OutstandingByDueDate> rows = this.invoices.sumOutstandingByCustomerAndDueDate();
		if (rows.size() >= InvoiceRepository.AGGREGATE_ROW_LIMIT) {
			throw new InvalidDataAccessResourceUsageException("The open invoices fall into "
					+ InvoiceRepository.AGGREGATE_ROW_LIMIT + " or more customer and due-date groups, more than one"
					+ " aggregate query may return; report per company or currency (add it to the WHERE clause)");
		}
		return AgingReport.of(asOf, rows);
	}

}
