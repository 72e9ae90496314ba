/**
 * The emulator's login endpoints: SOAP partner login, OAuth 2.0 grants, sessions and identity.
 */
@NullMarked
package io.financialforce.emulator.auth;

import org.jspecify.annotations.NullMarked;
