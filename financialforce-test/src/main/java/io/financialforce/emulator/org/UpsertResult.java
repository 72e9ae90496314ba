package io.financialforce.emulator.org;

/**
 * The outcome of an upsert.
 *
 * @param id the record's id
 * @param created whether the record was inserted
 */
public record UpsertResult(String id, boolean created) {
}
