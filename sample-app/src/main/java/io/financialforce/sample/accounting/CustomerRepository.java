package io.financialforce.sample.accounting;

import io.financialforce.repository.FinancialForceRepository;

/**
 * The customers ({@code Account}).
 */
public interface CustomerRepository extends FinancialForceRepository<Customer, String> {

	/**
	 * Counts the accounts of a type with one {@code SELECT COUNT()}.
	 * @param type {@code Customer} or {@code Vendor}
	 * @return the count
	 */
	long countByType(String type);

}
