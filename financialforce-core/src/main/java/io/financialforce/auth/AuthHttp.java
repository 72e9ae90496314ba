package io.financialforce.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.financialforce.FinancialForceExceptionTranslator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP calls of the authenticators: the OAuth token endpoint and the SOAP login, with error translation.
 * Request bodies are written as bytes so that no converter ever logs them; answers are never quoted in messages.
 */
final class AuthHttp {

	private static final Logger logger = LoggerFactory.getLogger(AuthHttp.class);

	static final String TOKEN_PATH = "/services/oauth2/token";

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private final RestClient restClient;

	private final FinancialForceExceptionTranslator translator = new FinancialForceExceptionTranslator();

	final Clock clock;

	AuthHttp(@Nullable RestClient restClient, Clock clock) {
		this.restClient = (restClient != null) ? restClient : defaultRestClient();
		this.clock = clock;
	}

	static RestClient defaultRestClient() {
		HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(Duration.ofSeconds(60));
		return RestClient.builder().requestFactory(factory).build();
	}

	/**
	 * Posts a form to the token endpoint of {@code loginUrl}.
	 * @param form the form fields; {@code char[]} values are secrets and are wiped from the encoded copy afterwards
	 */
	TokenResponse token(URI loginUrl, Map<String, ?> form) {
		URI uri = URI.create(LoginUrls.origin(loginUrl) + TOKEN_PATH);
		String operation = "OAuth " + form.get("grant_type") + " grant at " + uri;
		logger.debug("Requesting a token: {}", operation);
		byte[] body = encode(form);
		byte[][] answer = new byte[1][];
		int status;
		try {
			status = this.restClient.post()
				.uri(uri)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((request, response) -> {
					answer[0] = response.getBody().readAllBytes();
					return response.getStatusCode().value();
				});
		}
		catch (ResourceAccessException ex) {
			throw this.translator.ioFailure(operation, ex);
		}
		finally {
			Arrays.fill(body, (byte) 0);
		}
		if (status != 200) {
			throw this.translator.translate(operation, status, answer[0]);
		}
		return parseToken(operation, status, answer[0]);
	}

	private TokenResponse parseToken(String operation, int status, byte[] answer) {
		try {
			JsonNode node = MAPPER.readTree(answer);
			String accessToken = text(node, "access_token");
			String instanceUrl = text(node, "instance_url");
			if (accessToken == null || instanceUrl == null) {
				throw this.translator.malformedResponse(operation, status, null);
			}
			return TokenResponse.of(accessToken, URI.create(instanceUrl), text(node, "issued_at"), text(node, "id"),
					text(node, "refresh_token"), this.clock);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// the parser's message may quote the body, which holds tokens: keep it out
			throw this.translator.malformedResponse(operation, status, null);
		}
	}

	/** Posts a SOAP envelope and returns the answer's body; non-200 answers are translated. */
	byte[] soap(URI uri, String action, byte[] envelope) {
		String operation = "SOAP " + action + " at " + uri;
		logger.debug("Calling {}", operation);
		byte[][] answer = new byte[1][];
		int status;
		try {
			status = this.restClient.post()
				.uri(uri)
				.contentType(new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8))
				.header("SOAPAction", action)
				.body(envelope)
				.exchange((request, response) -> {
					answer[0] = response.getBody().readAllBytes();
					return response.getStatusCode().value();
				});
		}
		catch (ResourceAccessException ex) {
			throw this.translator.ioFailure(operation, ex);
		}
		finally {
			Arrays.fill(envelope, (byte) 0);
		}
		if (status != 200) {
			throw this.translator.translate(operation, status, answer[0]);
		}
		return answer[0];
	}

	FinancialForceExceptionTranslator translator() {
		return this.translator;
	}

	private static @Nullable String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	static Map<String, Object> form(Object... pairs) {
		Map<String, Object> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				form.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return form;
	}

	private static byte[] encode(Map<String, ?> form) {
		StringBuilder encoded = new StringBuilder();
		form.forEach((name, value) -> {
			if (encoded.length() > 0) {
				encoded.append('&');
			}
			String text = (value instanceof char[] chars) ? CharBuffer.wrap(chars).toString() : value.toString();
			encoded.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
		});
		return encoded.toString().getBytes(StandardCharsets.UTF_8);
	}

}
