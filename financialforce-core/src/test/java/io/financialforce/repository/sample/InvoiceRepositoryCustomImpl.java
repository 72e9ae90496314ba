package io.financialforce.repository.sample;

/**
 * The implementation of {@link InvoiceRepositoryCustom}, found by its {@code Impl} suffix.
 */
public class InvoiceRepositoryCustomImpl implements InvoiceRepositoryCustom {

	@Override
	public String greet(String name) {
		return "Hello " + name;
	}

}
