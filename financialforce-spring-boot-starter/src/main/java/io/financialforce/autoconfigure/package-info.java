/**
 * Spring Boot auto-configuration of FinancialForce for Spring from {@code financialforce.*} properties.
 */
@NullMarked
package io.financialforce.autoconfigure;

import org.jspecify.annotations.NullMarked;
