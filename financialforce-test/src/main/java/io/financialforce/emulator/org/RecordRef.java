package io.financialforce.emulator.org;

/**
 * A record of the store: its object and row.
 *
 * @param object the object
 * @param row the row (sequence number minus one)
 */
public record RecordRef(ObjectDef object, int row) {
}
