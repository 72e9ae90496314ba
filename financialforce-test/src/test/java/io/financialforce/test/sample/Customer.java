package io.financialforce.test.sample;

import io.financialforce.core.mapping.SObject;

import org.springframework.data.annotation.Id;

/**
 * A customer of the demo org.
 *
 * @param id the record id
 * @param name the account name
 * @param industry the industry
 */
@SObject("Account")
public record Customer(@Id String id, String name, String industry) {

}
