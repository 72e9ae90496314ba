package io.financialforce.repository.sample;

import java.math.BigDecimal;

/**
 * A closed interface projection of {@link Invoice}.
 */
public interface InvoiceSummary {

	String getName();

	BigDecimal getTotal();

}
