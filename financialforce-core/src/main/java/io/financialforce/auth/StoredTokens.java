package io.financialforce.auth;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The OAuth tokens a {@link TokenStore} keeps for one connection: the refresh token and the latest session.
 * {@link #toString()} never shows a token.
 *
 * @param refreshToken the refresh token, if any
 * @param session the latest session, if any
 */
public record StoredTokens(@Nullable String refreshToken, @Nullable Session session) {

	/**
	 * The latest session.
	 * @return the session, if one is stored
	 */
	public Optional<Session> latestSession() {
		return Optional.ofNullable(this.session);
	}

	@Override
	public String toString() {
		return "StoredTokens[refreshToken=" + ((this.refreshToken != null) ? "<redacted>" : null) + ", session="
				+ this.session + "]";
	}

}
