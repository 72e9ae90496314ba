/**
 * The emulator's HTTP endpoints: routing, the Salesforce REST data API, JSON and error bodies.
 */
@NullMarked
package io.financialforce.emulator.http;

import org.jspecify.annotations.NullMarked;
