/**
 * The emulated org's metadata (objects, fields, relationships) and its compact in-memory record store with the org's validation.
 */
@NullMarked
package io.financialforce.emulator.org;

import org.jspecify.annotations.NullMarked;
