/**
 * The SOQL language: an immutable syntax tree, its parser and the one renderer that turns values into SOQL text.
 */
@NullMarked
package io.financialforce.soql;

import org.jspecify.annotations.NullMarked;
