/**
 * The accounts-receivable ageing report: its computation, its REST endpoint and the HTML page at {@code /}.
 */
@NullMarked
package io.financialforce.sample.receivables;

import org.jspecify.annotations.NullMarked;
