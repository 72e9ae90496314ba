/**
 * Spring Boot test support: {@link io.financialforce.test.AutoConfigureFinancialForceEmulator} starts the embedded
 * emulator and points the auto-configured client at it; {@code financialforce.emulator.enabled=true} does the same
 * for a running application.
 */
@NullMarked
package io.financialforce.test;

import org.jspecify.annotations.NullMarked;
