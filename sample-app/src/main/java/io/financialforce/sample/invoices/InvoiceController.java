package io.financialforce.sample.invoices;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.sample.accounting.Invoice;
import io.financialforce.sample.accounting.InvoiceStatus;
import io.financialforce.sample.accounting.InvoiceSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invoices API.
 */
@RestController
final class InvoiceController {

	/** Newest due date first, then by number. */
	private static final Sort ORDER = Sort.by(Sort.Order.desc("dueDate"), Sort.Order.desc("name"));

	private final InvoiceService invoices;

	InvoiceController(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@GetMapping("/api/invoices")
	InvoicePage list(@RequestParam(required = false) @Nullable InvoiceStatus status,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return InvoicePage.of(this.invoices.page(status, customer, PageRequest.of(page, size, ORDER)));
	}

	@GetMapping("/api/invoices/{id}")
	Invoice get(@PathVariable String id) {
		return this.invoices.get(id);
	}

	@PostMapping("/api/invoices")
	ResponseEntity<Invoice> create(@Valid @RequestBody NewInvoice invoice) {
		Invoice created = this.invoices.create(invoice);
		return ResponseEntity.created(URI.create("/api/invoices/" + created.id())).body(created);
	}

	@PatchMapping("/api/invoices/{id}")
	Invoice update(@PathVariable String id, @Valid @RequestBody InvoiceChanges changes) {
		return this.invoices.update(id, changes);
	}

	@DeleteMapping("/api/invoices/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.invoices.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/customers/{id}/open-invoices")
	List<InvoiceSummary> openInvoices(@PathVariable String id,
			@RequestParam("dueBefore") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore) {
		return this.invoices.openInvoicesDueBefore(id, dueBefore);
	}

}
