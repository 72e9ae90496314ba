/**
 * The {@code financialforce} health indicator and its auto-configuration.
 */
@NullMarked
package io.financialforce.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
