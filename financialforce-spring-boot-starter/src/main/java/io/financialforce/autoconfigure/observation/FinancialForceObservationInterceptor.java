package io.financialforce.autoconfigure.observation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * Observes every API request of the client as a {@value #OBSERVATION_NAME} observation (a timer of the same name
 * when metrics are on the class path), with the low-cardinality keys {@value #OPERATION} ({@code query},
 * {@code create}, {@code updateAll}, ...), {@value #SOBJECT}, {@value #OUTCOME} ({@code SUCCESS},
 * {@code CLIENT_ERROR}, ...), {@value #STATUS} and {@value #ERROR} (the API's error code), and the high-cardinality
 * key {@value #RECORDS} (records written, or read in a query page).
 * <p>
 * A query page is counted while the client reads it, so its observation stops when the answer is closed.
 *
 * @since 0.1.0
 */
public final class FinancialForceObservationInterceptor implements ClientHttpRequestInterceptor {

	/** The observation's name. */
	public static final String OBSERVATION_NAME = "financialforce.client.requests";

	/** Key of the API operation. */
	public static final String OPERATION = "financialforce.operation";

	/** Key of the sObject. */
	public static final String SOBJECT = "financialforce.sobject";

	/** Key of the outcome (the HTTP status series, or {@code UNKNOWN} without an answer). */
	public static final String OUTCOME = "outcome";

	/** Key of the HTTP status ({@code IO_ERROR} without an answer). */
	public static final String STATUS = "status";

	/** Key of the API's error code, {@code none} on success. */
	public static final String ERROR = "financialforce.error";

	/** Key of the number of records. */
	public static final String RECORDS = "financialforce.records";

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private final ObservationRegistry registry;

	/**
	 * Creates the interceptor.
	 * @param registry where observations go
	 */
	public FinancialForceObservationInterceptor(ObservationRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
	}

	@Override
	@SuppressWarnings("try")
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ApiCall call = ApiCall.of(request.getMethod(), request.getURI(), body);
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.registry)
			.contextualName("financialforce " + call.operation())
			.lowCardinalityKeyValue(OPERATION, call.operation())
			.lowCardinalityKeyValue(SOBJECT, call.sObject())
			.start();
		ClientHttpResponse response;
		try (Observation.Scope scope = observation.openScope()) {
			response = execution.execute(request, body);
		}
		catch (IOException | RuntimeException ex) {
			observation.lowCardinalityKeyValue(OUTCOME, "UNKNOWN")
				.lowCardinalityKeyValue(STATUS, "IO_ERROR")
				.lowCardinalityKeyValue(ERROR, ex.getClass().getSimpleName())
				.error(ex)
				.stop();
			throw ex;
		}
		int status = response.getStatusCode().value();
		observation.lowCardinalityKeyValue(OUTCOME, outcome(status))
			.lowCardinalityKeyValue(STATUS, String.valueOf(status));
		if (status >= 400) {
			byte[] answer = response.getBody().readAllBytes();
			observation.lowCardinalityKeyValue(ERROR, errorCode(answer)).stop();
			return new Answer(response, new ByteArrayInputStream(answer), null);
		}
		observation.lowCardinalityKeyValue(ERROR, ApiCall.NONE);
		if (call.countsAnswerRecords()) {
			return new Answer(response, new RecordCounter(response.getBody()), observation);
		}
		if (call.requestRecords() >= 0) {
			observation.highCardinalityKeyValue(RECORDS, String.valueOf(call.requestRecords()));
		}
		observation.stop();
		return response;
	}

	/** Spring Boot's outcome names of HTTP client observations. */
	private static String outcome(int status) {
		HttpStatus.Series series = HttpStatus.Series.resolve(status);
		if (series == null) {
			return "UNKNOWN";
		}
		return (series == HttpStatus.Series.SUCCESSFUL) ? "SUCCESS" : series.name();
	}

	private static String errorCode(byte[] answer) {
		try {
			JsonNode node = MAPPER.readTree(answer);
			JsonNode first = node.isArray() ? node.path(0) : node;
			String code = first.path("errorCode").asString(first.path("error").asString(null));
			return (code != null && code.matches("[A-Za-z_]{1,64}")) ? code : "unknown";
		}
		catch (RuntimeException ex) {
			return "unknown";
		}
	}

	/** An answer whose body was read already, or is being counted. */
	private static final class Answer implements ClientHttpResponse {

		private final ClientHttpResponse delegate;

		private final InputStream body;

		private final @Nullable Observation observation;

		private final AtomicBoolean closed = new AtomicBoolean();

		Answer(ClientHttpResponse delegate, InputStream body, @Nullable Observation observation) {
			this.delegate = delegate;
			this.body = body;
			this.observation = observation;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.delegate.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.delegate.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.delegate.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public void close() {
			if (this.closed.compareAndSet(false, true)) {
				try {
					this.delegate.close();
				}
				finally {
					if (this.observation != null && this.body instanceof RecordCounter counter) {
						this.observation.highCardinalityKeyValue(RECORDS, String.valueOf(counter.count())).stop();
					}
				}
			}
		}

	}

}
