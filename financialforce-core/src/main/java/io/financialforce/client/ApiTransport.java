package io.financialforce.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.financialforce.FinancialForceApiFailure;
import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.FinancialForceExceptionTranslator;
import io.financialforce.FinancialForceResourceFailureException;
import io.financialforce.auth.Session;
import io.financialforce.client.observation.FinancialForceObservationContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one API call: adds the session, replays once after re-authenticating on HTTP 401, retries transient failures
 * of calls that are safe to repeat, records {@code Sforce-Limit-Info} and counts requests, translates failures.
 * Each request and answer is also recorded on the client operation observed on the calling thread, if any.
 */
final class ApiTransport {

	private static final Logger logger = LoggerFactory.getLogger(ApiTransport.class);

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(502, 503, 504);

	private static final Set<String> TRANSIENT_CODES = Set.of("UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE");

	private final RestClient restClient;

	private final SessionHolder sessions;

	private final RetryPolicy retryPolicy;

	private final ClientObservations observations;

	private final FinancialForceExceptionTranslator translator = new FinancialForceExceptionTranslator();

	private final AtomicReference<@Nullable ApiUsage> apiUsage = new AtomicReference<>();

	private final Map<RequestKind, LongAdder> counts = new EnumMap<>(RequestKind.class);

	ApiTransport(RestClient restClient, SessionHolder sessions, RetryPolicy retryPolicy,
			ClientObservations observations) {
		this.restClient = restClient;
		this.sessions = sessions;
		this.retryPolicy = retryPolicy;
		this.observations = observations;
		for (RequestKind kind : RequestKind.values()) {
			this.counts.put(kind, new LongAdder());
		}
	}

	/** Reads a successful (status below 400) answer. */
	@FunctionalInterface
	interface BodyReader<T> {

		T read(int status, HttpHeaders headers, InputStream body) throws IOException;

	}

	/**
	 * One call.
	 * @param path the path and encoded query below the instance URL, starting with {@code /}
	 * @param idempotent whether the call may be sent again after a transient failure
	 */
	record Call(RequestKind kind, HttpMethod method, String path, byte @Nullable [] body, HttpHeaders headers,
			boolean idempotent) {

		String operation() {
			int query = this.path.indexOf('?');
			return this.method + " " + ((query < 0) ? this.path : this.path.substring(0, query));
		}

	}

	private record Failure(int status, byte[] body) {

	}

	private record Malformed(int status, JacksonException cause) {

	}

	<T> T execute(Call call, BodyReader<T> reader) {
		FinancialForceObservationContext observed = this.observations.current();
		boolean renewed = false;
		int attempt = 1;
		while (true) {
			Session session = this.sessions.current();
			Object outcome;
			try {
				outcome = exchange(session, call, reader, observed);
			}
			catch (ResourceAccessException ex) {
				DataAccessException failure = this.translator.ioFailure(call.operation(), ex);
				if (retry(call, attempt, failure)) {
					attempt++;
					continue;
				}
				throw call.idempotent() ? failure : notRepeated(failure, 0, ex);
			}
			if (outcome instanceof Malformed malformed) {
				DataAccessException failure = this.translator.malformedResponse(call.operation(), malformed.status(),
						malformed.cause());
				if (retry(call, attempt, failure)) {
					attempt++;
					continue;
				}
				throw call.idempotent() ? failure : notRepeated(failure, malformed.status(), malformed.cause());
			}
			if (!(outcome instanceof Failure failure)) {
				@SuppressWarnings("unchecked")
				T result = (T) outcome;
				return result;
			}
			DataAccessException translated = this.translator.translate(call.operation(), failure.status(),
					failure.body());
			if (failure.status() == 401 && !renewed) {
				this.sessions.renew(session);
				renewed = true;
				continue;
			}
			if (failure.status() == 401 && translated instanceof FinancialForceApiFailure apiFailure) {
				throw new FinancialForceAuthenticationException(call.operation() + " was rejected with HTTP 401 ("
						+ apiFailure.errors() + ") again right after re-authenticating. Check that the user has the"
						+ " API Enabled permission and that session policies (IP restrictions, IP locking) allow"
						+ " this host.", 401, apiFailure.errors(), null);
			}
			if (isTransient(failure.status(), translated) && retry(call, attempt, translated)) {
				attempt++;
				continue;
			}
			throw translated;
		}
	}

	private <T> Object exchange(Session session, Call call, BodyReader<T> reader,
			@Nullable FinancialForceObservationContext observed) {
		String instance = session.instanceUrl().toString();
		int end = instance.length();
		while (end > 0 && instance.charAt(end - 1) == '/') {
			end--;
		}
		URI uri = URI.create(instance.substring(0, end) + call.path());
		this.counts.get(call.kind()).increment();
		if (observed != null) {
			observed.requestSent();
		}
		RestClient.RequestBodySpec request = this.restClient.method(call.method()).uri(uri).headers((headers) -> {
			headers.addAll(call.headers());
			headers.setBearerAuth(session.accessToken());
			if (headers.getAccept().isEmpty()) {
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			}
		});
		if (call.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(call.body());
		}
		return request.exchange((req, response) -> {
			int status = response.getStatusCode().value();
			if (observed != null) {
				observed.answered(status);
			}
			ApiUsage usage = ApiUsage.parse(response.getHeaders().getFirst("Sforce-Limit-Info"));
			if (usage != null) {
				this.apiUsage.set(usage);
			}
			logger.trace("{} -> {}", call.operation(), status);
			if (status >= 400) {
				return new Failure(status, response.getBody().readAllBytes());
			}
			try {
				return reader.read(status, response.getHeaders(), response.getBody());
			}
			catch (JacksonException ex) {
				return new Malformed(status, ex);
			}
		}, true);
	}

	private static DataAccessException notRepeated(DataAccessException failure, int status, Exception cause) {
		return new FinancialForceResourceFailureException(failure.getMessage() + " The call was not repeated because"
				+ " it is not safe to repeat: check whether it took effect before sending it again.", status, List.of(),
				cause);
	}

	private static boolean isTransient(int status, DataAccessException failure) {
		return TRANSIENT_STATUSES.contains(status) || (failure instanceof FinancialForceApiFailure apiFailure
				&& apiFailure.errorCode() != null && TRANSIENT_CODES.contains(apiFailure.errorCode()));
	}

	private boolean retry(Call call, int attempt, DataAccessException failure) {
		if (!call.idempotent() || attempt >= this.retryPolicy.maxAttempts() || Thread.currentThread().isInterrupted()) {
			return false;
		}
		Duration backoff = this.retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
		logger.debug("{} failed transiently (attempt {} of {}), retrying in {} ms: {}", call.operation(), attempt,
				this.retryPolicy.maxAttempts(), backoff.toMillis(), failure.getMessage());
		if (!backoff.isZero()) {
			try {
				Thread.sleep(backoff.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Reads a whole JSON answer; an empty body is malformed, not an empty tree. */
	static JsonNode tree(JsonMapper mapper, InputStream in) {
		JsonNode node = mapper.readTree(in);
		if (node == null || node.isMissingNode()) {
			throw new MismatchedInputException(null, "The answer has no JSON body") {
			};
		}
		return node;
	}

	@Nullable ApiUsage apiUsage() {
		return this.apiUsage.get();
	}

	long count(RequestKind kind) {
		return this.counts.get(kind).sum();
	}

	FinancialForceExceptionTranslator translator() {
		return this.translator;
	}

}
