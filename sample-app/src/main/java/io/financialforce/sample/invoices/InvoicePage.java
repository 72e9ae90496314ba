package io.financialforce.sample.invoices;

import java.util.List;

import io.financialforce.sample.accounting.InvoiceSummary;

import org.springframework.data.domain.Page;

/**
 * A page of invoices as the API returns it.
 *
 * @param content the invoices of the page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalElements the number of matching invoices
 * @param totalPages the number of pages
 */
public record InvoicePage(List<InvoiceSummary> content, int page, int size, long totalElements, int totalPages) {

	static InvoicePage of(Page<InvoiceSummary> page) {
		return new InvoicePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
