package io.financialforce.autoconfigure.data.other;

import io.financialforce.core.mapping.SObject;

import org.springframework.data.annotation.Id;

/**
 * A supplier.
 *
 * @param id the id
 * @param name the name
 */
@SObject("Account")
public record Supplier(@Id String id, String name) {

}
