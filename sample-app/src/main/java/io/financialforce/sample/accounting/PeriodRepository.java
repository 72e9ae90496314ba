package io.financialforce.sample.accounting;

import java.time.LocalDate;
import java.util.Optional;

import io.financialforce.repository.FinancialForceRepository;

/**
 * The accounting periods.
 */
public interface PeriodRepository extends FinancialForceRepository<Period, String> {

	/**
	 * The period of a company that contains a day.
	 * @param companyId the company
	 * @param day the day
	 * @return the period, empty if the company has none for that day
	 */
	default Optional<Period> findPeriodOf(String companyId, LocalDate day) {
		return findByCompanyIdAndStartDateLessThanEqualAndEndDateGreaterThanEqual(companyId, day, day);
	}

	/**
	 * The derived query behind {@link #findPeriodOf(String, LocalDate)}.
	 * @param companyId the company
	 * @param startOnOrBefore the latest start date
	 * @param endOnOrAfter the earliest end date
	 * @return the matching period (periods of a company do not overlap)
	 */
	Optional<Period> findByCompanyIdAndStartDateLessThanEqualAndEndDateGreaterThanEqual(String companyId,
			LocalDate startOnOrBefore, LocalDate endOnOrAfter);

}
