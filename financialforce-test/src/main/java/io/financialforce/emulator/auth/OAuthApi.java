package io.financialforce.emulator.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.financialforce.emulator.http.ApiRequest;
import io.financialforce.emulator.http.ApiResponse;
import io.financialforce.emulator.http.Json;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2.0 endpoints: {@code /services/oauth2/token} (password, refresh_token with optional rotation,
 * client_credentials, JWT bearer, authorization_code with PKCE), {@code /services/oauth2/authorize} (auto-approving),
 * {@code /services/oauth2/revoke}, and the identity URL {@code /id/{org}/{user}}.
 */
public final class OAuthApi {

	private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private final AuthSettings settings;

	private final Sessions sessions;

	private final Function<String, @Nullable Map<String, Object>> users;

	/**
	 * The OAuth endpoints.
	 * @param settings the credentials to check
	 * @param sessions the token registry
	 * @param users user details by id (Username, FirstName, LastName, Email, Name), null if unknown
	 */
	public OAuthApi(AuthSettings settings, Sessions sessions, Function<String, @Nullable Map<String, Object>> users) {
		this.settings = settings;
		this.sessions = sessions;
		this.users = users;
	}

	/**
	 * {@code POST /services/oauth2/token}.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public ApiResponse token(AuthRequest request) {
		try {
			if (!"POST".equals(request.method())) {
				throw new OAuthError(405, "invalid_request", "must use HTTP POST");
			}
			Map<String, String> form = form(request);
			String grantType = form.getOrDefault("grant_type", "");
			return switch (grantType) {
				case "password" -> password(request, form);
				case "refresh_token" -> refresh(request, form);
				case "client_credentials" -> clientCredentials(request, form);
				case JWT_BEARER -> jwt(request, form);
				case "authorization_code" -> authorizationCode(request, form);
				case "" -> throw new OAuthError(400, "unsupported_grant_type", "grant type not supported");
				default -> throw new OAuthError(400, "unsupported_grant_type", "grant type not supported");
			};
		}
		catch (OAuthError ex) {
			return error(ex);
		}
	}

	private static ApiResponse error(OAuthError ex) {
		ObjectNode body = Json.object();
		body.put("error", ex.error());
		body.put("error_description", ex.getMessage());
		return ApiResponse.json(ex.status(), body);
	}

	private static Map<String, String> form(AuthRequest request) {
		Map<String, String> form = new LinkedHashMap<>(request.query());
		form.putAll(ApiRequest.parseQuery(request.text()));
		String authorization = request.header("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					form.putIfAbsent("client_id", decoded.substring(0, colon));
					form.putIfAbsent("client_secret", decoded.substring(colon + 1));
				}
			}
			catch (IllegalArgumentException ex) {
				throw new OAuthError(400, "invalid_client", "invalid client credentials");
			}
		}
		return form;
	}

	private void checkClient(Map<String, String> form, boolean secretRequired) {
		if (!this.settings.clientId().equals(form.get("client_id"))) {
			throw new OAuthError(400, "invalid_client_id", "client identifier invalid");
		}
		String secret = form.get("client_secret");
		if ((secretRequired || secret != null) && !this.settings.clientSecret().equals(secret)) {
			throw new OAuthError(400, "invalid_client", "invalid client credentials");
		}
	}

	private ApiResponse password(AuthRequest request, Map<String, String> form) {
		checkClient(form, true);
		if (!this.settings.username().equalsIgnoreCase(form.getOrDefault("username", ""))
				|| !passwordMatches(form.getOrDefault("password", ""))) {
			throw new OAuthError(400, "invalid_grant", "authentication failure");
		}
		return success(request, this.sessions.issue(this.settings.userId().get(), form.get("client_id")), null);
	}

	boolean passwordMatches(String given) {
		return given.equals(this.settings.password() + this.settings.securityToken())
				|| given.equals(this.settings.password());
	}

	private ApiResponse refresh(AuthRequest request, Map<String, String> form) {
		checkClient(form, false);
		Sessions.Grant grant = this.sessions.redeemRefreshToken(form.getOrDefault("refresh_token", ""),
				this.settings.rotateRefreshTokens());
		if (grant == null || !grant.clientId().equals(form.get("client_id"))) {
			throw new OAuthError(400, "invalid_grant", "expired access/refresh token");
		}
		String rotated = this.settings.rotateRefreshTokens()
				? this.sessions.issueRefreshToken(grant.userId(), grant.clientId()) : null;
		return success(request, this.sessions.issue(grant.userId(), grant.clientId()), rotated);
	}

	private ApiResponse clientCredentials(AuthRequest request, Map<String, String> form) {
		checkClient(form, true);
		return success(request, this.sessions.issue(this.settings.userId().get(), form.get("client_id")), null);
	}

	private ApiResponse jwt(AuthRequest request, Map<String, String> form) {
		String assertion = form.get("assertion");
		if (assertion == null || assertion.isEmpty()) {
			throw new OAuthError(400, "invalid_request", "assertion is required");
		}
		JwtVerifier.verify(assertion, this.settings, this.sessions.now(), List.of(request.baseUrl(),
				"https://login.salesforce.com", "https://test.salesforce.com"));
		return success(request, this.sessions.issue(this.settings.userId().get(), this.settings.clientId()), null);
	}

	private ApiResponse authorizationCode(AuthRequest request, Map<String, String> form) {
		Sessions.Code code = this.sessions.redeemCode(form.getOrDefault("code", ""));
		String verifier = form.get("code_verifier");
		if (code == null || !code.clientId().equals(form.get("client_id"))) {
			throw new OAuthError(400, "invalid_grant", "expired authorization code");
		}
		checkClient(form, code.codeChallenge() == null);
		if (!code.redirectUri().equals(form.get("redirect_uri"))) {
			throw new OAuthError(400, "invalid_grant", "redirect_uri must match configuration");
		}
		if (code.codeChallenge() != null) {
			String expected = "plain".equals(code.codeChallengeMethod()) ? verifier
					: (verifier != null) ? Sessions.s256(verifier) : null;
			if (!code.codeChallenge().equals(expected)) {
				throw new OAuthError(400, "invalid_grant", "invalid code verifier");
			}
		}
		String refreshToken = this.sessions.issueRefreshToken(code.userId(), code.clientId());
		return success(request, this.sessions.issue(code.userId(), code.clientId()), refreshToken);
	}

	private ApiResponse success(AuthRequest request, Session session, @Nullable String refreshToken) {
		String id = identityUrl(request.baseUrl(), session.userId());
		String issuedAt = Long.toString(session.issuedAt().toEpochMilli());
		ObjectNode body = Json.object();
		body.put("access_token", session.accessToken());
		if (refreshToken != null) {
			body.put("refresh_token", refreshToken);
		}
		body.put("signature", sign(id + issuedAt));
		body.put("scope", (refreshToken != null) ? "refresh_token api" : "api");
		body.put("instance_url", request.baseUrl());
		body.put("id", id);
		body.put("token_type", "Bearer");
		body.put("issued_at", issuedAt);
		return ApiResponse.json(200, body).withHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
	}

	String identityUrl(String baseUrl, String userId) {
		return baseUrl + "/id/" + this.settings.organizationId() + "/" + userId;
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.settings.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code GET /services/oauth2/authorize}: approves at once and redirects with {@code code} and {@code state}.
	 * @param request the request
	 * @return a redirect, or an OAuth error
	 */
	public ApiResponse authorize(AuthRequest request) {
		Map<String, String> query = request.query();
		if (!this.settings.clientId().equals(query.get("client_id"))) {
			return error(new OAuthError(400, "invalid_client_id", "client identifier invalid"));
		}
		String redirectUri = query.get("redirect_uri");
		if (redirectUri == null || redirectUri.isEmpty()) {
			return error(new OAuthError(400, "redirect_uri_mismatch", "redirect_uri must match configuration"));
		}
		StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
		if (!"code".equals(query.get("response_type"))) {
			location.append("error=unsupported_response_type&error_description=")
				.append(encode("response type not supported"));
		}
		else {
			String challenge = query.get("code_challenge");
			String method = query.getOrDefault("code_challenge_method", "S256");
			String code = this.sessions.issueCode(new Sessions.Code(query.get("client_id"), redirectUri, challenge,
					method, this.settings.userId().get(), this.sessions.now()));
			location.append("code=").append(encode(code));
		}
		if (query.containsKey("state")) {
			location.append("&state=").append(encode(query.get("state")));
		}
		return ApiResponse.empty(302).withHeader("Location", location.toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * {@code POST /services/oauth2/revoke}.
	 * @param request the request with {@code token}
	 * @return 200, or 400 {@code unsupported_token_type} for an unknown token
	 */
	public ApiResponse revoke(AuthRequest request) {
		Map<String, String> form = new LinkedHashMap<>(request.query());
		form.putAll(ApiRequest.parseQuery(request.text()));
		String token = form.getOrDefault("token", "");
		if (!this.sessions.revoke(token)) {
			return error(new OAuthError(400, "unsupported_token_type", "this token type is not supported"));
		}
		return ApiResponse.empty(200);
	}

	/**
	 * {@code GET /id/{org}/{user}} with a Bearer token.
	 * @param request the request
	 * @param session the caller's session, or null if the token is missing or invalid
	 * @return the identity, 403 {@code Bad_OAuth_Token}, or 404 {@code Bad_Id}
	 */
	public ApiResponse identity(AuthRequest request, @Nullable Session session) {
		if (session == null) {
			return ApiResponse.text(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token");
		}
		String[] parts = request.path().split("/");
		Map<String, Object> user = (parts.length == 4 && parts[2].equals(this.settings.organizationId()))
				? this.users.apply(parts[3]) : null;
		if (user == null) {
			return ApiResponse.text(404, "text/plain;charset=UTF-8", "Bad_Id");
		}
		String userId = parts[3];
		String base = request.baseUrl();
		ObjectNode body = Json.object();
		body.put("id", identityUrl(base, userId));
		body.put("asserted_user", userId.equals(session.userId()));
		body.put("user_id", userId);
		body.put("organization_id", this.settings.organizationId());
		body.put("username", String.valueOf(user.get("Username")));
		body.put("nick_name", String.valueOf(user.get("Alias")));
		body.put("display_name", String.valueOf(user.get("Name")));
		body.put("email", String.valueOf(user.get("Email")));
		body.put("email_verified", true);
		body.put("first_name", (String) user.get("FirstName"));
		body.put("last_name", String.valueOf(user.get("LastName")));
		body.put("timezone", "GMT");
		body.put("active", true);
		body.put("user_type", "STANDARD");
		body.put("language", "en_US");
		body.put("locale", "en_US");
		body.put("utcOffset", 0);
		ObjectNode urls = body.putObject("urls");
		String org15 = this.settings.organizationId().substring(0, 15);
		urls.put("enterprise", base + "/services/Soap/c/{version}/" + org15);
		urls.put("metadata", base + "/services/Soap/m/{version}/" + org15);
		urls.put("partner", base + "/services/Soap/u/{version}/" + org15);
		urls.put("rest", base + "/services/data/v{version}/");
		urls.put("sobjects", base + "/services/data/v{version}/sobjects/");
		urls.put("query", base + "/services/data/v{version}/query/");
		urls.put("profile", base + "/" + userId);
		urls.put("custom_domain", base);
		body.put("is_app_installed", true);
		return ApiResponse.json(200, body);
	}

}
