package io.financialforce.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Server behaviour: request counting and reset, injected faults, session expiry on the emulator's clock, the API
 * usage limit, gzip.
 */
class ServerBehaviourTests {

	static final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));

	static FinancialForceEmulator emulator;

	static Wire wire;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder()
			.demoData(false)
			.clock(clock)
			.sessionLifetime(Duration.ofMinutes(30))
			.apiRequestLimit(10_000)
			.faultPlan(FaultPlan.none()
				.everyNth(RequestFamily.LIMITS, 3, Fault.SERVICE_UNAVAILABLE)
				.everyNth(RequestFamily.RESOURCES, 1, Fault.DROP_CONNECTION))
			.start();
		wire = new Wire(emulator).login();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void everyThirdLimitsCallGets503() {
		emulator.reset();
		assertThat(wire.get(Wire.V + "/limits").status()).isEqualTo(200);
		assertThat(wire.get(Wire.V + "/limits").status()).isEqualTo(200);
		Wire.Response third = wire.get(Wire.V + "/limits");
		assertThat(third.status()).isEqualTo(503);
		assertThat(third.errorCode()).isEqualTo("SERVER_UNAVAILABLE");
		assertThat(wire.get(Wire.V + "/limits").status()).isEqualTo(200);
		assertThat(emulator.requestCount(RequestFamily.LIMITS)).isEqualTo(4);
	}

	@Test
	void droppedConnectionsFailTheCall() {
		emulator.reset();
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> wire.get(Wire.V));
		assertThat(emulator.requestCount(RequestFamily.RESOURCES)).as("the JDK client retries an idempotent GET once")
			.isBetween(1L, 2L);
		assertThat(emulator.apiUsage()).isZero();
	}

	@Test
	void sessionsExpireOnTheEmulatorClock() {
		Wire own = new Wire(emulator).login();
		assertThat(own.get(Wire.V + "/sobjects").status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(31));
		Wire.Response expired = own.get(Wire.V + "/sobjects");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.errorCode()).isEqualTo("INVALID_SESSION_ID");
		wire.login();
	}

	@Test
	void theUsageLimitAnswers403() {
		try (FinancialForceEmulator limited = FinancialForceEmulator.builder().demoData(false).apiRequestLimit(2).start()) {
			Wire client = new Wire(limited).login();
			assertThat(client.get(Wire.V + "/limits").header("Sforce-Limit-Info")).isEqualTo("api-usage=1/2");
			assertThat(client.get(Wire.V + "/limits").status()).isEqualTo(200);
			Wire.Response refused = client.get(Wire.V + "/sobjects");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
			assertThat(refused.message()).isEqualTo("TotalRequests Limit exceeded.");
			limited.reset();
			assertThat(client.get(Wire.V + "/sobjects").status()).isEqualTo(200);
		}
	}

	@Test
	void gzipWhenAsked() throws IOException {
		Wire.Response plain = wire.get(Wire.V + "/sobjects");
		Wire.Response compressed = wire.get(Wire.V + "/sobjects", "Accept-Encoding", "gzip");
		assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(plain.header("Content-Encoding")).isNull();
		byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes();
		assertThat(inflated).isEqualTo(plain.body());
		assertThat(compressed.body().length).isLessThan(plain.body().length);
	}

	@Test
	void countsRequestsByFamily() {
		emulator.reset();
		wire.get(Wire.V + "/sobjects");
		wire.get(Wire.V + "/sobjects/Account/describe");
		wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"Counted\"}");
		wire.query("SELECT Id FROM Account");
		wire.get("/services/data");
		assertThat(emulator.requestCount(RequestFamily.DESCRIBE)).isEqualTo(2);
		assertThat(emulator.requestCount(RequestFamily.SOBJECT)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.VERSIONS)).isEqualTo(1);
		assertThat(emulator.apiUsage()).as("the versions list is free").isEqualTo(4);
		emulator.reset();
		assertThat(emulator.requestCount(RequestFamily.DESCRIBE)).isZero();
	}

	@Test
	void concurrentWritersGetDistinctIdsAndNothingIsLost() throws Exception {
		int before = wire.query("SELECT COUNT() FROM Account").json().path("totalSize").asInt();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int number = thread;
				futures.add(pool.submit(() -> {
					List<String> ids = new ArrayList<>();
					for (int i = 0; i < 25; i++) {
						ids.add(wire.post(Wire.V + "/sobjects/Account", "{\"Name\":\"Parallel " + number + "-" + i + "\"}")
							.json()
							.path("id")
							.asString());
					}
					return ids;
				}));
			}
			Set<String> ids = new HashSet<>();
			for (Future<List<String>> future : futures) {
				ids.addAll(future.get());
			}
			assertThat(ids).hasSize(200).allMatch((id) -> id.startsWith("001"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(wire.query("SELECT COUNT() FROM Account").json().path("totalSize").asInt()).isEqualTo(before + 200);
	}

	@Test
	void anEmptyOrgHasOnlyTheApiUser() {
		assertThat(wire.query("SELECT Username FROM User").json().path("records").get(0).path("Username").asString())
			.isEqualTo("admin@demo.financialforce.example");
		assertThat(wire.query("SELECT COUNT() FROM c2g__codaInvoice__c").json().path("totalSize").asInt()).isZero();
	}

	/** A clock tests move forward. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
