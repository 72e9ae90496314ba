package io.financialforce.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import io.financialforce.auth.Authenticator;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a {@link FinancialForceClient}. Only the authenticator is required; everything else has a default.
 * <p>
 * The HTTP stack: the given {@link RestClient.Builder} (so that Spring Boot's customizers, observations and
 * interceptors apply) with the client's own request factory — the JDK {@link HttpClient} speaking HTTP/1.1 over
 * reused connections, with gzip, the connect and read timeouts — unless
 * {@link #requestFactory(ClientHttpRequestFactory)} supplies another one. HTTP/1.1 because the JDK client's HTTP/2
 * default makes it offer a cleartext upgrade on every {@code http:} request (an emulator or local proxy), which
 * costs each small call about 0.4 ms and is never taken up.
 * <p>
 * With an {@link #observationRegistry(ObservationRegistry) observation registry} every client operation is observed
 * once, its retries included (see {@link io.financialforce.client.observation.FinancialForceObservationDocumentation}).
 */
public final class FinancialForceClientBuilder {

	/** The default API version of data calls. */
	public static final String DEFAULT_API_VERSION = "65.0";

	private final Authenticator authenticator;

	private RestClient.@Nullable Builder restClientBuilder;

	private @Nullable ClientHttpRequestFactory requestFactory;

	private Duration connectTimeout = Duration.ofSeconds(10);

	private Duration readTimeout = Duration.ofSeconds(120);

	private String apiVersion = DEFAULT_API_VERSION;

	private RetryPolicy retryPolicy = RetryPolicy.defaults();

	private @Nullable JsonMapper jsonMapper;

	private @Nullable Executor prefetchExecutor;

	private QueryOptions defaultQueryOptions = QueryOptions.DEFAULTS;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable FinancialForceObservationConvention observationConvention;

	FinancialForceClientBuilder(Authenticator authenticator) {
		Assert.notNull(authenticator, "'authenticator' must not be null");
		this.authenticator = authenticator;
	}

	/**
	 * Sets the builder of the underlying REST client (it is cloned, not changed).
	 * @param restClientBuilder the builder, for example Spring Boot's prototype bean
	 * @return this builder
	 */
	public FinancialForceClientBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
		this.restClientBuilder = restClientBuilder;
		return this;
	}

	/**
	 * Sets the request factory, replacing the client's JDK one (the timeouts set here then do not apply).
	 * @param requestFactory the factory
	 * @return this builder
	 */
	public FinancialForceClientBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		Assert.notNull(requestFactory, "'requestFactory' must not be null");
		this.requestFactory = requestFactory;
		return this;
	}

	/**
	 * Sets the connect timeout (default 10 s).
	 * @param connectTimeout the timeout
	 * @return this builder
	 */
	public FinancialForceClientBuilder connectTimeout(Duration connectTimeout) {
		Assert.isTrue(connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(),
				"'connectTimeout' must be positive");
		this.connectTimeout = connectTimeout;
		return this;
	}

	/**
	 * Sets the read timeout: how long to wait for an answer's headers (default 120 s; SOQL may run 2 minutes).
	 * @param readTimeout the timeout
	 * @return this builder
	 */
	public FinancialForceClientBuilder readTimeout(Duration readTimeout) {
		Assert.isTrue(readTimeout != null && !readTimeout.isNegative() && !readTimeout.isZero(),
				"'readTimeout' must be positive");
		this.readTimeout = readTimeout;
		return this;
	}

	/**
	 * Sets the API version of data calls (default {@value #DEFAULT_API_VERSION}).
	 * @param apiVersion the version, {@code 65.0} or {@code v65.0}
	 * @return this builder
	 */
	public FinancialForceClientBuilder apiVersion(String apiVersion) {
		this.apiVersion = ApiPaths.normalizeVersion(apiVersion);
		return this;
	}

	/**
	 * Sets how transient failures are retried (default {@link RetryPolicy#defaults()}).
	 * @param retryPolicy the policy
	 * @return this builder
	 */
	public FinancialForceClientBuilder retryPolicy(RetryPolicy retryPolicy) {
		Assert.notNull(retryPolicy, "'retryPolicy' must not be null");
		this.retryPolicy = retryPolicy;
		return this;
	}

	/**
	 * Sets the Jackson mapper to read and write records (a copy ignoring unknown properties is used).
	 * @param jsonMapper the mapper
	 * @return this builder
	 */
	public FinancialForceClientBuilder jsonMapper(JsonMapper jsonMapper) {
		Assert.notNull(jsonMapper, "'jsonMapper' must not be null");
		this.jsonMapper = jsonMapper;
		return this;
	}

	/**
	 * Sets the executor that fetches the next query page while the current one is consumed, for queries whose
	 * {@link QueryOptions#prefetch()} is on. By default a shared pool of daemon threads that end when idle.
	 * @param prefetchExecutor the executor
	 * @return this builder
	 */
	public FinancialForceClientBuilder prefetchExecutor(Executor prefetchExecutor) {
		Assert.notNull(prefetchExecutor, "'prefetchExecutor' must not be null");
		this.prefetchExecutor = prefetchExecutor;
		return this;
	}

	/**
	 * Sets the options of {@link FinancialForceClient#query(String)}.
	 * @param options the options
	 * @return this builder
	 */
	public FinancialForceClientBuilder defaultQueryOptions(QueryOptions options) {
		Assert.notNull(options, "'options' must not be null");
		this.defaultQueryOptions = options;
		return this;
	}

	/**
	 * Sets where the client's operations are observed (default {@link ObservationRegistry#NOOP}, nothing observed):
	 * one observation per operation, named {@value DefaultFinancialForceObservationConvention#NAME} by default.
	 * @param observationRegistry the registry, for example Spring Boot's
	 * @return this builder
	 */
	public FinancialForceClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.observationRegistry = observationRegistry;
		return this;
	}

	/**
	 * Sets the convention that names the observations and their keys, replacing the
	 * {@link DefaultFinancialForceObservationConvention default} (and any global convention of the registry); use
	 * {@code new DefaultFinancialForceObservationConvention(true)} to add the SOQL text of queries.
	 * @param observationConvention the convention
	 * @return this builder
	 */
	public FinancialForceClientBuilder observationConvention(FinancialForceObservationConvention observationConvention) {
		Assert.notNull(observationConvention, "'observationConvention' must not be null");
		this.observationConvention = observationConvention;
		return this;
	}

	/**
	 * Builds the client. No call is made until the first request.
	 * @return the client
	 */
	public FinancialForceClient build() {
		RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
				: RestClient.builder();
		RestClient restClient = builder.requestFactory(requestFactory()).build();
		JsonMapper mapper = ((this.jsonMapper != null) ? this.jsonMapper.rebuild() : JsonMapper.builder())
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		ClientObservations observations = new ClientObservations(this.observationRegistry,
				this.observationConvention, this.apiVersion);
		SessionHolder sessions = new SessionHolder(this.authenticator, observations);
		ApiTransport transport = new ApiTransport(restClient, sessions, this.retryPolicy, observations);
		Executor prefetch = (this.prefetchExecutor != null) ? this.prefetchExecutor : PrefetchThreads.shared();
		return new FinancialForceClient(transport, sessions, observations, this.apiVersion, mapper, prefetch,
				this.defaultQueryOptions);
	}

	private ClientHttpRequestFactory requestFactory() {
		if (this.requestFactory != null) {
			return this.requestFactory;
		}
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(this.connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(this.readTimeout);
		factory.enableCompression(true);
		return factory;
	}

}
