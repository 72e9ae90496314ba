/**
 * {@code FinancialForceClient}: typed calls of the Salesforce REST API with session handling, retries and error translation.
 */
@NullMarked
package io.financialforce.client;

import org.jspecify.annotations.NullMarked;
