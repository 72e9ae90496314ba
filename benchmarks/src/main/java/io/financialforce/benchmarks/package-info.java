/**
 * Whole-workload benchmarks of FinancialForce for Spring against the emulator, side by side with peer libraries.
 */
@NullMarked
package io.financialforce.benchmarks;

import org.jspecify.annotations.NullMarked;
