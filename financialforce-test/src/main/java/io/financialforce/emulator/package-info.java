/**
 * An embedded emulator of a FinancialForce org that speaks the Salesforce REST wire format on a loopback port.
 */
@NullMarked
package io.financialforce.emulator;

import org.jspecify.annotations.NullMarked;
