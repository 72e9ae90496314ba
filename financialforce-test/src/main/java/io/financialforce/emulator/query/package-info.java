/**
 * SOQL evaluation inside the emulator: a {@code Select} syntax tree evaluated over a {@link QueryDataSource} with
 * Salesforce's semantics.
 */
@NullMarked
package io.financialforce.emulator.query;

import org.jspecify.annotations.NullMarked;
