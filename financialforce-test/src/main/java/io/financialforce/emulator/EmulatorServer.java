package io.financialforce.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.financialforce.emulator.auth.AuthRequest;
import io.financialforce.emulator.auth.OAuthApi;
import io.financialforce.emulator.auth.Session;
import io.financialforce.emulator.auth.Sessions;
import io.financialforce.emulator.auth.SoapLoginApi;
import io.financialforce.emulator.http.ApiRequest;
import io.financialforce.emulator.http.ApiResponse;
import io.financialforce.emulator.http.DataApi;
import io.financialforce.emulator.http.Json;
import io.financialforce.emulator.org.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The HTTP front of the emulator: counts every request by family, applies latency and the fault plan, routes to the
 * login, REST data and partner SOAP data endpoints, checks Bearer and {@code SessionHeader} sessions and the API usage
 * limit, adds {@code Sforce-Limit-Info}, honours
 * {@code _HttpMethod}, and compresses with gzip when asked.
 */
final class EmulatorServer implements HttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorServer.class);

	private static final Pattern DATA = Pattern.compile("^/services/data/v(\\d+\\.\\d)(/.*)?$");

	private static final Pattern SOAP = Pattern.compile("^/services/Soap/u/([^/]+)/?$");

	private static final Pattern SOAP_DATA = Pattern.compile("^/services/Soap/u/(\\d+\\.\\d)/[^/]+/?$");

	/** The lowest and highest data API versions served. */
	static final double MIN_VERSION = 31.0;

	static final double MAX_VERSION = 67.0;

	private final Map<RequestFamily, AtomicLong> counts = new EnumMap<>(RequestFamily.class);

	private final AtomicLong apiUsage = new AtomicLong();

	private final long apiLimit;

	private final Duration latency;

	private final FaultPlan faults;

	private final Sessions sessions;

	private final OAuthApi oauth;

	private final SoapLoginApi soap;

	private final DataApi data;

	private volatile String baseUrl = "";

	EmulatorServer(long apiLimit, Duration latency, FaultPlan faults, Sessions sessions, OAuthApi oauth,
			SoapLoginApi soap, java.util.function.Function<DataApi.UsageInfo, DataApi> data) {
		for (RequestFamily family : RequestFamily.values()) {
			this.counts.put(family, new AtomicLong());
		}
		this.apiLimit = apiLimit;
		this.latency = latency;
		this.faults = faults;
		this.sessions = sessions;
		this.oauth = oauth;
		this.soap = soap;
		this.data = data.apply(new DataApi.UsageInfo() {

			@Override
			public long used() {
				return EmulatorServer.this.apiUsage.get();
			}

			@Override
			public long max() {
				return EmulatorServer.this.apiLimit;
			}

		});
	}

	void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	long count(RequestFamily family) {
		return this.counts.get(family).get();
	}

	long apiUsage() {
		return this.apiUsage.get();
	}

	void reset() {
		this.counts.values().forEach((count) -> count.set(0));
		this.apiUsage.set(0);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String rawPath = exchange.getRequestURI().getRawPath();
			String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
			Map<String, String> query = ApiRequest.parseQuery(exchange.getRequestURI().getRawQuery());
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			if ("POST".equals(method) && query.containsKey("_HttpMethod")) {
				method = query.remove("_HttpMethod").toUpperCase(Locale.ROOT);
			}
			List<String> segments = segments(rawPath);
			RequestFamily family = family(method, path, segments);
			long ordinal = this.counts.get(family).incrementAndGet();
			if (!this.latency.isZero()) {
				sleep();
			}
			Fault fault = this.faults.faultFor(family, ordinal);
			if (fault == Fault.DROP_CONNECTION) {
				logger.debug("Dropping the connection of {} {} ({} #{})", method, rawPath, family, ordinal);
				return;
			}
			ApiResponse response;
			if (fault == Fault.SERVICE_UNAVAILABLE) {
				response = ApiResponse.error(new ApiException(503, "SERVER_UNAVAILABLE",
						"The server is temporarily unavailable (fault injected by the emulator)."));
			}
			else {
				Map<String, String> headers = headers(exchange);
				byte[] body = readBody(exchange, headers.get("content-encoding"));
				response = routeSafely(method, path, segments, query, headers, body);
			}
			logger.debug("{} {} -> {}", method, rawPath, response.status());
			write(exchange, response);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Request failed", ex);
			throw ex;
		}
	}

	private void sleep() {
		try {
			Thread.sleep(this.latency.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private ApiResponse routeSafely(String method, String path, List<String> segments, Map<String, String> query,
			Map<String, String> headers, byte[] body) {
		try {
			return route(method, path, segments, query, headers, body);
		}
		catch (ApiException ex) {
			return ApiResponse.error(ex);
		}
		catch (RuntimeException ex) {
			String errorId = Long.toString(System.nanoTime() & 0xFFFFFFFFL);
			logger.warn("Unexpected failure of {} {} (ErrorId {})", method, path, errorId, ex);
			return ApiResponse.error(new ApiException(500, "UNKNOWN_EXCEPTION",
					"An unexpected error occurred. Please include this ErrorId if you contact support: " + errorId));
		}
	}

	private ApiResponse route(String method, String path, List<String> segments, Map<String, String> query,
			Map<String, String> headers, byte[] body) {
		AuthRequest authRequest = new AuthRequest(method, path, query, headers, body, this.baseUrl);
		Matcher soap = SOAP.matcher(path);
		if (soap.matches()) {
			return "POST".equals(method) ? this.soap.login(authRequest, soap.group(1))
					: ApiResponse.error(new ApiException(405, "METHOD_NOT_ALLOWED", "Use POST"));
		}
		Matcher soapData = SOAP_DATA.matcher(path);
		if (soapData.matches()) {
			double version = Double.parseDouble(soapData.group(1));
			if (version < MIN_VERSION || version > MAX_VERSION) {
				return ApiResponse.error(ApiException.notFound());
			}
			return "POST".equals(method) ? this.data.soap(body, soapData.group(1), this::admitSoap)
					: ApiResponse.error(new ApiException(405, "METHOD_NOT_ALLOWED", "Use POST"));
		}
		switch (path) {
			case "/services/oauth2/token" -> {
				return this.oauth.token(authRequest);
			}
			case "/services/oauth2/authorize" -> {
				return this.oauth.authorize(authRequest);
			}
			case "/services/oauth2/revoke" -> {
				return this.oauth.revoke(authRequest);
			}
			case "/services/data", "/services/data/" -> {
				return versions();
			}
			default -> {
			}
		}
		if (path.startsWith("/id/")) {
			return this.oauth.identity(authRequest, session(headers));
		}
		Matcher data = DATA.matcher(path);
		if (!data.matches()) {
			return ApiResponse.error(ApiException.notFound());
		}
		double version = Double.parseDouble(data.group(1));
		if (version < MIN_VERSION || version > MAX_VERSION) {
			return ApiResponse.error(ApiException.notFound());
		}
		ApiException refused = admit(session(headers), "Session expired or invalid");
		if (refused != null) {
			return ApiResponse.error(refused);
		}
		JsonNode json = null;
		if (body.length > 0) {
			try {
				json = Json.parse(body);
			}
			catch (ApiException ex) {
				return ApiResponse.error(ex);
			}
		}
		return this.data.handle(new ApiRequest(method, data.group(1), segments.subList(3, segments.size()), query,
				headers, json));
	}

	private @Nullable ApiException admitSoap(@Nullable String sessionId) {
		return admit((sessionId != null) ? this.sessions.find(sessionId.trim()) : null,
				"Invalid Session ID found in SessionHeader: Illegal Session");
	}

	/**
	 * Admits an API call: a valid session and usage under the limit; counts it.
	 * @return why the call is refused, or {@code null} once admitted and counted
	 */
	private @Nullable ApiException admit(@Nullable Session session, String invalidSessionMessage) {
		if (session == null) {
			return new ApiException(401, "INVALID_SESSION_ID", invalidSessionMessage);
		}
		if (this.apiUsage.incrementAndGet() > this.apiLimit) {
			this.apiUsage.decrementAndGet();
			return new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
		}
		return null;
	}

	private @Nullable Session session(Map<String, String> headers) {
		String authorization = headers.get("authorization");
		if (authorization == null) {
			return null;
		}
		String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7)
				: authorization.regionMatches(true, 0, "OAuth ", 0, 6) ? authorization.substring(6) : null;
		return (token != null) ? this.sessions.find(token.trim()) : null;
	}

	private static ApiResponse versions() {
		ArrayNode versions = Json.array();
		for (int major = (int) MIN_VERSION; major <= (int) MAX_VERSION; major++) {
			int k = major - 60;
			String season = new String[] { "Spring", "Summer", "Winter" }[Math.floorMod(k, 3)];
			int year = 24 + Math.floorDiv(k + 1, 3);
			versions.addObject()
				.put("label", season + " '" + String.format("%02d", year))
				.put("url", "/services/data/v" + major + ".0")
				.put("version", major + ".0");
		}
		return ApiResponse.json(200, versions);
	}

	static List<String> segments(String rawPath) {
		List<String> segments = new ArrayList<>();
		for (String segment : rawPath.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
			}
		}
		return segments;
	}

	static RequestFamily family(String method, String path, List<String> segments) {
		if (SOAP_DATA.matcher(path).matches()) {
			return RequestFamily.SOAP;
		}
		if (path.startsWith("/services/Soap/u/")) {
			return RequestFamily.LOGIN;
		}
		switch (path) {
			case "/services/oauth2/token":
				return RequestFamily.TOKEN;
			case "/services/oauth2/authorize":
				return RequestFamily.AUTHORIZE;
			case "/services/oauth2/revoke":
				return RequestFamily.REVOKE;
			case "/services/data", "/services/data/":
				return RequestFamily.VERSIONS;
			default:
				break;
		}
		if (path.startsWith("/id/")) {
			return RequestFamily.IDENTITY;
		}
		if (!DATA.matcher(path).matches()) {
			return RequestFamily.OTHER;
		}
		List<String> rest = segments.subList(3, segments.size());
		if (rest.isEmpty()) {
			return RequestFamily.RESOURCES;
		}
		return switch (rest.get(0)) {
			case "limits" -> RequestFamily.LIMITS;
			case "sobjects" -> (rest.size() == 1 || (rest.size() == 3 && "describe".equals(rest.get(2)))
					|| (rest.size() == 2 && "GET".equals(method))) ? RequestFamily.DESCRIBE : RequestFamily.SOBJECT;
			case "query", "queryAll" -> (rest.size() == 1) ? RequestFamily.QUERY : RequestFamily.QUERY_MORE;
			case "composite" -> (rest.size() == 1) ? RequestFamily.COMPOSITE : RequestFamily.COLLECTIONS;
			default -> RequestFamily.OTHER;
		};
	}

	private static Map<String, String> headers(HttpExchange exchange) {
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!values.isEmpty()) {
				headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
			}
		});
		return headers;
	}

	private static byte[] readBody(HttpExchange exchange, @Nullable String encoding) throws IOException {
		byte[] raw = exchange.getRequestBody().readAllBytes();
		if (raw.length == 0 || encoding == null) {
			return raw;
		}
		try (InputStream in = "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(new ByteArrayInputStream(raw))
				: "deflate".equalsIgnoreCase(encoding) ? new InflaterInputStream(new ByteArrayInputStream(raw))
						: new ByteArrayInputStream(raw)) {
			return in.readAllBytes();
		}
	}

	private void write(HttpExchange exchange, ApiResponse response) throws IOException {
		var headers = exchange.getResponseHeaders();
		headers.set("Sforce-Limit-Info", "api-usage=" + this.apiUsage.get() + "/" + this.apiLimit);
		headers.set("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
		response.headers().forEach(headers::set);
		if (response.contentType() != null) {
			headers.set("Content-Type", response.contentType());
		}
		if (!response.hasBody() || response.status() == 204 || response.status() == 304
				|| "HEAD".equals(exchange.getRequestMethod())) {
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
		boolean gzip = accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
		if (gzip) {
			headers.set("Content-Encoding", "gzip");
			headers.set("Vary", "Accept-Encoding");
		}
		ResponseBody body = new ResponseBody(exchange, response.status());
		try {
			if (gzip) {
				try (GZIPOutputStream compressed = new FastGzip(body)) {
					response.writeBody(compressed);
				}
			}
			else {
				response.writeBody(body);
			}
		}
		catch (RuntimeException ex) {
			if (body.committed()) {
				throw ex;
			}
			String errorId = Long.toString(System.nanoTime() & 0xFFFFFFFFL);
			logger.warn("Unexpected failure writing a response (ErrorId {})", errorId, ex);
			headers.remove("Content-Encoding");
			headers.remove("Vary");
			write(exchange, ApiResponse.error(new ApiException(500, "UNKNOWN_EXCEPTION",
					"An unexpected error occurred. Please include this ErrorId if you contact support: " + errorId)));
			return;
		}
		body.close();
	}

	/**
	 * Gzip at the fastest level, as web servers compress on the fly: the default level costs the emulator more
	 * time per page than reading the page costs a client, which would skew request timings. The output buffer is
	 * small so that compressed bytes reach the client while the page is still being written.
	 */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 8 * 1024);
			this.def.setLevel(java.util.zip.Deflater.BEST_SPEED);
		}

	}

}
