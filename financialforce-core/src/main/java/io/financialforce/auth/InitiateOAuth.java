package io.financialforce.auth;

/**
 * When the authorization code flow may ask a person for consent (the seed connector's {@code InitiateOAuth}).
 */
public enum InitiateOAuth {

	/** Never call the token endpoint: use the access token already in the token store only. */
	OFF,

	/** Ask for consent when no refresh token is stored (or it was revoked), then refresh silently. */
	GET_AND_REFRESH,

	/** Only refresh with the stored refresh token; never ask for consent, fail if there is none. */
	REFRESH

}
