/**
 * JMH microbenchmarks of the CPU-bound steps of reading: SOQL parsing and rendering, and record mapping.
 */
@NullMarked
package io.financialforce.benchmarks.micro;

import org.jspecify.annotations.NullMarked;
