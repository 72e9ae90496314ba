package io.financialforce.repository.sample;

/**
 * A custom fragment of {@link InvoiceRepository}.
 */
public interface InvoiceRepositoryCustom {

	String greet(String name);

}
