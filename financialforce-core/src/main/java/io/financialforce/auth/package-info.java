/**
 * Authentication strategies that yield a Salesforce {@code Session}, and the {@code TokenStore} that keeps OAuth tokens.
 */
@NullMarked
package io.financialforce.auth;

import org.jspecify.annotations.NullMarked;
