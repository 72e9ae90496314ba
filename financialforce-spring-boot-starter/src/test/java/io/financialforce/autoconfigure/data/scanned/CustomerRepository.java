package io.financialforce.autoconfigure.data.scanned;

import java.util.List;

import io.financialforce.repository.FinancialForceRepository;

/** A repository found by scanning the auto-configuration package. */
public interface CustomerRepository extends FinancialForceRepository<Customer, String> {

	/**
	 * Finds customers by name.
	 * @param name the name
	 * @return the customers
	 */
	List<Customer> findByName(String name);

}
