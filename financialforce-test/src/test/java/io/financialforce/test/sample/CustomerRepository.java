package io.financialforce.test.sample;

import java.util.List;

import io.financialforce.repository.FinancialForceRepository;

/** The user's repository, found by the starter in the application's package. */
public interface CustomerRepository extends FinancialForceRepository<Customer, String> {

	/**
	 * Finds customers of an industry, by name.
	 * @param industry the industry
	 * @return the customers
	 */
	List<Customer> findByIndustryOrderByName(String industry);

}
