/**
 * Spring Boot test support that points the auto-configured client at an embedded emulator.
 */
@NullMarked
package io.financialforce.test;

import org.jspecify.annotations.NullMarked;
