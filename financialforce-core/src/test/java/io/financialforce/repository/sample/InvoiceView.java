package io.financialforce.repository.sample;

import java.time.LocalDate;

/**
 * A DTO projection of {@link Invoice}.
 *
 * @param name the invoice's name
 * @param dueDate its due date
 */
public record InvoiceView(String name, LocalDate dueDate) {

}
