package io.financialforce.sample.invoices;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problems of the invoices API, as RFC 9457 problem details: each has its own {@code type} URI and title, and a
 * detail saying what was wrong and what to do.
 */
final class Problems {

	/** The prefix of the problem type URIs of this application. */
	static final String TYPE_PREFIX = "urn:financialforce-sample:problem:";

	private Problems() {
	}

	static ErrorResponseException invoiceNotFound(String id) {
		return problem(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found",
				"No sales invoice has the id '" + id + "'; list invoices with GET /api/invoices");
	}

	static ErrorResponseException unknownCustomer(HttpStatus status, String id) {
		return problem(status, "unknown-customer", "Unknown customer",
				"No customer (Account) has the id '" + id + "'");
	}

	static ErrorResponseException unknownCompany(String id) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-company", "Unknown company",
				"No FinancialForce company (c2g__codaCompany__c) has the id '" + id + "'");
	}

	static ErrorResponseException noCompany() {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-company", "Unknown company",
				"The org has no FinancialForce company to issue the invoice; create one first");
	}

	static ErrorResponseException periodNotOpen(String detail) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "period-not-open", "Period not open", detail);
	}

	static ErrorResponseException notEditable(String name, Object status) {
		return problem(HttpStatus.CONFLICT, "invoice-not-editable", "Invoice not editable", "Invoice " + name
				+ " is " + status + ": only draft invoices (IN_PROGRESS, READY_TO_POST) may change or be deleted;"
				+ " correct a posted invoice with a credit note");
	}

	static ErrorResponseException invalidChange(String detail) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-change", "Invalid change", detail);
	}

	static ErrorResponseException linesRejected(String detail) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "lines-rejected", "Invoice lines rejected", detail);
	}

	static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
