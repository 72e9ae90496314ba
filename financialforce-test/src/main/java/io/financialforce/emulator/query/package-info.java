/**
 * SOQL evaluation inside the emulator: {@link io.financialforce.emulator.query.SoqlEvaluator} evaluates a
 * {@code Select} syntax tree over a {@link io.financialforce.emulator.query.QueryDataSource} with Salesforce's
 * semantics.
 */
@NullMarked
package io.financialforce.emulator.query;

import org.jspecify.annotations.NullMarked;
