package io.financialforce.sample.accounting;

import java.util.List;
import java.util.Optional;

import io.financialforce.repository.FinancialForceRepository;

import org.springframework.data.domain.Limit;

/**
 * The FinancialForce companies.
 */
public interface CompanyRepository extends FinancialForceRepository<Company, String> {

	/**
	 * The first company by name: the one new invoices are issued by unless the request names another.
	 * @return the company, empty in an org without companies
	 */
	default Optional<Company> findDefault() {
		return findByOrderByNameAsc(Limit.of(1)).stream().findFirst();
	}

	/**
	 * The companies by name.
	 * @param limit how many
	 * @return the companies
	 */
	List<Company> findByOrderByNameAsc(Limit limit);

}
