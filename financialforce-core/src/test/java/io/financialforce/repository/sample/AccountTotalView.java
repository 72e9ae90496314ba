package io.financialforce.repository.sample;

import java.math.BigDecimal;

/**
 * An aggregate row as an interface projection.
 */
public interface AccountTotalView {

	String getAccount();

	BigDecimal getTotal();

}
