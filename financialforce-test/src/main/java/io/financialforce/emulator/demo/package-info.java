/**
 * The deterministic FinancialForce (Certinia) demo org: describe metadata of standard and managed-package objects and seeded data.
 */
@NullMarked
package io.financialforce.emulator.demo;

import org.jspecify.annotations.NullMarked;
