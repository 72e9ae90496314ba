package io.financialforce.autoconfigure.scanned;

import io.financialforce.core.mapping.SObject;

import org.springframework.data.annotation.Id;

/**
 * A mapped type found by scanning.
 *
 * @param id the id
 * @param name the name
 */
@SObject("Account")
public record ScannedAccount(@Id String id, String name) {

}
