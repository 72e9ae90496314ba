package io.financialforce.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Access tokens, refresh tokens and authorization codes of the emulated org. Access tokens expire after the session
 * lifetime, measured on the emulator's clock.
 */
public final class Sessions {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	private final Clock clock;

	private final Duration lifetime;

	private final String organizationId;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

	private final Map<String, Code> codes = new ConcurrentHashMap<>();

	/**
	 * Sessions on a clock.
	 * @param clock the clock
	 * @param lifetime how long an access token is valid
	 * @param organizationId the org id tokens start with
	 */
	public Sessions(Clock clock, Duration lifetime, String organizationId) {
		this.clock = clock;
		this.lifetime = lifetime;
		this.organizationId = organizationId;
	}

	/**
	 * Issues an access token.
	 * @param userId the user
	 * @param clientId the connected app or null
	 * @return the session
	 */
	public Session issue(String userId, @Nullable String clientId) {
		String token = this.organizationId.substring(0, 15) + "!" + randomToken(48);
		Session session = new Session(token, userId, (clientId != null) ? clientId : "", this.clock.instant());
		this.sessions.put(token, session);
		return session;
	}

	/**
	 * The live session of a token.
	 * @param accessToken the token
	 * @return the session, or null if unknown, revoked or expired
	 */
	public @Nullable Session find(String accessToken) {
		Session session = this.sessions.get(accessToken);
		if (session == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(session.issuedAt().plus(this.lifetime))) {
			this.sessions.remove(accessToken);
			return null;
		}
		return session;
	}

	/**
	 * The session lifetime in seconds, as {@code sessionSecondsValid} reports it.
	 * @return seconds
	 */
	public long lifetimeSeconds() {
		return this.lifetime.toSeconds();
	}

	/**
	 * Issues a refresh token.
	 * @param userId the user
	 * @param clientId the connected app
	 * @return the token
	 */
	public String issueRefreshToken(String userId, String clientId) {
		String token = "5Aep" + randomToken(80);
		this.refreshTokens.put(token, new Grant(userId, clientId));
		return token;
	}

	/**
	 * The grant of a refresh token.
	 * @param refreshToken the token
	 * @param rotate whether to retire it (the caller issues a new one)
	 * @return the grant, or null if unknown or revoked
	 */
	public @Nullable Grant redeemRefreshToken(String refreshToken, boolean rotate) {
		return rotate ? this.refreshTokens.remove(refreshToken) : this.refreshTokens.get(refreshToken);
	}

	/**
	 * Revokes an access or refresh token; revoking a refresh token also revokes the access tokens of its user and
	 * app.
	 * @param token the token
	 * @return whether the token was known
	 */
	public boolean revoke(String token) {
		if (this.sessions.remove(token) != null) {
			return true;
		}
		Grant grant = this.refreshTokens.remove(token);
		if (grant != null) {
			this.sessions.values()
				.removeIf((session) -> session.userId().equals(grant.userId())
						&& session.clientId().equals(grant.clientId()));
			return true;
		}
		return false;
	}

	/**
	 * Issues an authorization code.
	 * @param code what the code grants
	 * @return the code
	 */
	public String issueCode(Code code) {
		String value = "aPrx" + randomToken(40);
		this.codes.put(value, code);
		return value;
	}

	/**
	 * Redeems an authorization code once.
	 * @param value the code
	 * @return what it grants, or null if unknown, used or expired
	 */
	public @Nullable Code redeemCode(String value) {
		Code code = this.codes.remove(value);
		if (code == null || !this.clock.instant().isBefore(code.issuedAt().plus(CODE_LIFETIME))) {
			return null;
		}
		return code;
	}

	/** Expires every access token, as session timeouts do; refresh tokens and codes stay valid. */
	public void expireAccessTokens() {
		this.sessions.clear();
	}

	private String randomToken(int bytes) {
		byte[] buffer = new byte[bytes];
		this.random.nextBytes(buffer);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer).replace('-', '.').replace('_', 'x');
	}

	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * What a refresh token grants.
	 *
	 * @param userId the user
	 * @param clientId the connected app
	 */
	public record Grant(String userId, String clientId) {
	}

	/**
	 * What an authorization code grants.
	 *
	 * @param clientId the connected app
	 * @param redirectUri the redirect URI of the authorization request
	 * @param codeChallenge the PKCE challenge, or null
	 * @param codeChallengeMethod {@code S256} or {@code plain}
	 * @param userId the user
	 * @param issuedAt when the code was issued
	 */
	public record Code(String clientId, String redirectUri, @Nullable String codeChallenge,
			String codeChallengeMethod, String userId, Instant issuedAt) {
	}

}
