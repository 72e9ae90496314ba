package io.financialforce.repository.sample;

import java.math.BigDecimal;

/**
 * A row of an aggregate {@code @Query}.
 *
 * @param account the account name
 * @param total the sum of its invoices
 */
public record AccountTotal(String account, BigDecimal total) {

}
