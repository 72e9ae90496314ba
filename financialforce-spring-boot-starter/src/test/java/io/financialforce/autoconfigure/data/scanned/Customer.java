package io.financialforce.autoconfigure.data.scanned;

import io.financialforce.core.mapping.SObject;

import org.springframework.data.annotation.Id;

/**
 * A customer.
 *
 * @param id the id
 * @param name the name
 */
@SObject("Account")
public record Customer(@Id String id, String name) {

}
