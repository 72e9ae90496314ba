package io.financialforce.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.financialforce.emulator.auth.AuthSettings;
import io.financialforce.emulator.auth.OAuthApi;
import io.financialforce.emulator.auth.Sessions;
import io.financialforce.emulator.auth.SoapLoginApi;
import io.financialforce.emulator.demo.DemoOrg;
import io.financialforce.emulator.http.DataApi;
import io.financialforce.emulator.http.QueryApi;
import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgJsonLoader;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.RecordRef;
import io.financialforce.emulator.org.Schema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded FinancialForce org: a real HTTP server on a loopback port that speaks the Salesforce wire format (SOAP
 * login, OAuth 2.0, the REST data API) over a deterministic FinancialForce demo org.
 * <pre class="code">
 * try (FinancialForceEmulator org = FinancialForceEmulator.builder().start()) {
 *     String loginUrl = org.loginUrl();
 *     DemoCredentials credentials = org.credentials();
 *     ...
 *     assertThat(org.requestCount(RequestFamily.QUERY)).isEqualTo(1);
 * }
 * </pre>
 */
public final class FinancialForceEmulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(FinancialForceEmulator.class);

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private final HttpServer server;

	private final ExecutorService executor;

	private final EmulatorServer handler;

	private final OrgStore store;

	private final Sessions sessions;

	private final DemoCredentials credentials;

	private final String baseUrl;

	private FinancialForceEmulator(Builder builder) {
		this.credentials = builder.credentials;
		Schema schema = DemoOrg.schema();
		this.store = new OrgStore(schema, builder.clock);
		for (ObjectDef object : builder.objects) {
			this.store.define(object);
		}
		if (builder.demoData) {
			DemoOrg.populate(this.store, builder.invoices, builder.seed, this.credentials.username());
		}
		else {
			DemoOrg.populate(this.store, -1, builder.seed, this.credentials.username());
		}
		for (String json : builder.jsonData) {
			OrgJsonLoader.load(this.store, json);
		}
		this.sessions = new Sessions(builder.clock, builder.sessionLifetime, DemoOrg.ORGANIZATION_ID);
		AuthSettings settings = new AuthSettings(this.credentials.username(), this.credentials.password(),
				this.credentials.securityToken(), this.credentials.clientId(), this.credentials.clientSecret(),
				this.credentials.jwtPublicKey(), DemoOrg.ORGANIZATION_ID, this.store::userId,
				builder.rotateRefreshTokens);
		OAuthApi oauth = new OAuthApi(settings, this.sessions, this::user);
		SoapLoginApi soap = new SoapLoginApi(settings, this.sessions, oauth, this::user);
		disableNagle();
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on port " + builder.port, ex);
		}
		this.baseUrl = "http://127.0.0.1:" + this.server.getAddress().getPort();
		QueryApi query = new QueryApi(this.store, QueryEngines.forStore(this.store, builder.clock));
		this.handler = new EmulatorServer(builder.apiRequestLimit, builder.latency, builder.faultPlan, this.sessions,
				oauth, soap, (usage) -> new DataApi(this.store, usage,
						this.baseUrl + "/id/" + DemoOrg.ORGANIZATION_ID + "/", query));
		this.handler.setBaseUrl(this.baseUrl);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "financialforce-emulator-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this.handler);
		this.server.start();
		logger.info("FinancialForce emulator listening on {}", this.baseUrl);
	}

	/**
	 * Asks the JDK's HTTP server for {@code TCP_NODELAY} (read once, when its first server starts in this JVM). It
	 * writes the headers of a response before its body; without the option, a small body waits for the client's
	 * delayed acknowledgement of the headers, up to 40 ms a request, which would swamp the timings of small writes.
	 */
	private static void disableNagle() {
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
	}

	/**
	 * Starts configuring an emulator.
	 * @return a builder with the defaults: ephemeral port, demo credentials, 1,000 sales invoices, seed 42
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts an emulator with the defaults.
	 * @return the running emulator
	 */
	public static FinancialForceEmulator start() {
		return builder().start();
	}

	/**
	 * The login URL (SOAP login and OAuth endpoints), e.g. {@code http://127.0.0.1:8484}.
	 * @return the URL, no trailing slash
	 */
	public String loginUrl() {
		return this.baseUrl;
	}

	/**
	 * The instance URL data calls go to.
	 * @return the URL, no trailing slash
	 */
	public String instanceUrl() {
		return this.baseUrl;
	}

	/**
	 * The port the emulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The credentials the org accepts.
	 * @return the credentials
	 */
	public DemoCredentials credentials() {
		return this.credentials;
	}

	/**
	 * The organization id.
	 * @return an 18-character {@code 00D} id
	 */
	public String organizationId() {
		return DemoOrg.ORGANIZATION_ID;
	}

	/**
	 * The requests received of a family since start or {@link #reset()}.
	 * @param family the endpoint family
	 * @return the count, faults and refused requests included
	 */
	public long requestCount(RequestFamily family) {
		return this.handler.count(family);
	}

	/**
	 * The data API calls counted against the usage limit since start or {@link #reset()}.
	 * @return the API usage
	 */
	public long apiUsage() {
		return this.handler.apiUsage();
	}

	/**
	 * Sets all request counts and the API usage back to zero.
	 */
	public void reset() {
		this.handler.reset();
	}

	/**
	 * Expires every session, as a session timeout does in an org: the next data call of any client answers
	 * {@code 401 INVALID_SESSION_ID}. Refresh tokens stay valid, so clients holding one can renew.
	 */
	public void expireSessions() {
		this.sessions.expireAccessTokens();
	}

	/**
	 * The org's records, for direct reads and writes in tests.
	 * @return the store
	 */
	public OrgStore store() {
		return this.store;
	}

	/**
	 * Inserts a record with the org's validation.
	 * @param object the object name
	 * @param values field values
	 * @return the new id
	 */
	public String insert(String object, Map<String, ?> values) {
		return this.store.insert(this.store.object(object), values);
	}

	/**
	 * Loads objects and records from JSON (see {@link OrgJsonLoader}).
	 * @param json the JSON document
	 * @return the ids of the inserted records by reference id
	 */
	public Map<String, String> loadJson(String json) {
		return OrgJsonLoader.load(this.store, json);
	}

	/**
	 * A value of a record, read directly from the store.
	 * @param id the record id
	 * @param field the field name
	 * @return the value, or null
	 */
	public @Nullable Object value(String id, String field) {
		return this.store.read(() -> {
			RecordRef record = this.store.find(id);
			if (record == null) {
				throw new IllegalArgumentException("No record with id " + id);
			}
			FieldDef def = record.object().field(field);
			if (def == null) {
				throw new IllegalArgumentException("No field " + field + " on " + record.object().name());
			}
			return this.store.value(record, def);
		});
	}

	private @Nullable Map<String, Object> user(String userId) {
		return this.store.read(() -> {
			RecordRef record = this.store.find(userId);
			if (record == null || !"User".equals(record.object().name())) {
				return null;
			}
			Map<String, Object> user = new LinkedHashMap<>();
			for (FieldDef field : record.object().fields()) {
				Object value = this.store.value(record, field);
				if (value != null) {
					user.put(field.name(), value);
				}
			}
			return user;
		});
	}

	/**
	 * Stops the server.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		logger.info("FinancialForce emulator on {} stopped", this.baseUrl);
	}

	@Override
	public String toString() {
		return "FinancialForceEmulator[" + this.baseUrl + "]";
	}

	/**
	 * Options of an emulator.
	 */
	public static final class Builder {

		private int port;

		private Duration latency = Duration.ZERO;

		private FaultPlan faultPlan = FaultPlan.none();

		private Duration sessionLifetime = Duration.ofHours(2);

		private long apiRequestLimit = 1_000_000;

		private Clock clock = Clock.systemUTC();

		private int invoices = DemoOrg.DEFAULT_INVOICES;

		private long seed = 42;

		private boolean demoData = true;

		private boolean rotateRefreshTokens;

		private DemoCredentials credentials = DemoCredentials.demo();

		private final List<ObjectDef> objects = new ArrayList<>();

		private final List<String> jsonData = new ArrayList<>();

		private Builder() {
		}

		/**
		 * The port; 0 (the default) picks a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * A delay added to every request.
		 * @param latency the delay
		 * @return this builder
		 */
		public Builder latency(Duration latency) {
			this.latency = latency;
			return this;
		}

		/**
		 * Requests that fail on purpose.
		 * @param faultPlan the plan
		 * @return this builder
		 */
		public Builder faultPlan(FaultPlan faultPlan) {
			this.faultPlan = faultPlan;
			return this;
		}

		/**
		 * How long an access token lives (default 2 hours) on the emulator's clock; afterwards data calls answer
		 * 401 {@code INVALID_SESSION_ID}.
		 * @param sessionLifetime the lifetime
		 * @return this builder
		 */
		public Builder sessionLifetime(Duration sessionLifetime) {
			this.sessionLifetime = sessionLifetime;
			return this;
		}

		/**
		 * The API request allocation (default 1,000,000); data calls beyond it answer 403
		 * {@code REQUEST_LIMIT_EXCEEDED}.
		 * @param apiRequestLimit the limit
		 * @return this builder
		 */
		public Builder apiRequestLimit(long apiRequestLimit) {
			this.apiRequestLimit = apiRequestLimit;
			return this;
		}

		/**
		 * The clock of system fields, date literals, session expiry and generated dates.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * The size of the demo data: the number of sales invoices (default 1,000); accounts, lines and the other
		 * objects scale with it.
		 * @param invoices the number of sales invoices
		 * @return this builder
		 */
		public Builder scale(int invoices) {
			this.invoices = invoices;
			return this;
		}

		/**
		 * The seed of the demo data (default 42).
		 * @param seed the seed
		 * @return this builder
		 */
		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Whether the org starts with the demo data (default true); without it, only the API user exists.
		 * @param demoData whether to generate demo data
		 * @return this builder
		 */
		public Builder demoData(boolean demoData) {
			this.demoData = demoData;
			return this;
		}

		/**
		 * Whether every refresh returns a new refresh token and retires the old one (default false).
		 * @param rotate whether to rotate
		 * @return this builder
		 */
		public Builder rotateRefreshTokens(boolean rotate) {
			this.rotateRefreshTokens = rotate;
			return this;
		}

		/**
		 * The accepted credentials (default {@link DemoCredentials#demo()}).
		 * @param credentials the credentials
		 * @return this builder
		 */
		public Builder credentials(DemoCredentials credentials) {
			this.credentials = credentials;
			return this;
		}

		/**
		 * Defines a further object.
		 * @param object the object
		 * @return this builder
		 */
		public Builder object(ObjectDef object) {
			this.objects.add(object);
			return this;
		}

		/**
		 * Loads objects and records from JSON at start (see {@link OrgJsonLoader}).
		 * @param json the document
		 * @return this builder
		 */
		public Builder json(String json) {
			this.jsonData.add(json);
			return this;
		}

		/**
		 * Starts the emulator.
		 * @return the running emulator
		 */
		public FinancialForceEmulator start() {
			return new FinancialForceEmulator(this);
		}

	}

}
