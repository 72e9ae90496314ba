package io.financialforce.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.RequestKind;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialForceHealthIndicatorTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final MutableClock clock = new MutableClock();

	@Test
	void reportsApiUsageAgainstTheLimit() {
		FakeOrg org = new FakeOrg(this.server);
		Health health = indicator(org, 80).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("apiVersion", "65.0")
			.containsEntry("dailyApiRequests",
					Map.of("used", 25L, "max", 5000L, "remaining", 4975L, "usedPercent", 0.5))
			.doesNotContainKey("warning");
	}

	@Test
	void costsOneLimitsCallPerIntervalWhateverTheNumberOfProbes() {
		FakeOrg org = new FakeOrg(this.server);
		FinancialForceHealthIndicator indicator = indicator(org, 80);
		for (int i = 0; i < 10; i++) {
			indicator.health();
			this.clock.advance(Duration.ofSeconds(5));
		}
		assertThat(org.requests("/services/data/v65.0/limits")).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(10));
		for (int i = 0; i < 10; i++) {
			indicator.health();
		}
		assertThat(org.requests("/services/data/v65.0/limits")).isEqualTo(2);
		assertThat(org.requests("/services/oauth2/token")).isEqualTo(1);
	}

	@Test
	void concurrentProbesOfAnExpiredResultShareOneCall() throws Exception {
		FakeOrg org = new FakeOrg(this.server);
		FinancialForceHealthIndicator indicator = indicator(org, 80);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Health>> probes = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				probes.add(executor.submit(() -> {
					start.await();
					return indicator.health();
				}));
			}
			start.countDown();
			for (Future<Health> probe : probes) {
				assertThat(probe.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.UP);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(org.requests("/services/data/v65.0/limits")).isOne();
	}

	@Test
	void warnsFromTheUsageThreshold() {
		FakeOrg org = new FakeOrg(this.server);
		org.dailyUsed(4500);
		Health health = indicator(org, 90).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("warning", "The org has used 90.0% of its daily API requests"
				+ " (warning from 90%); calls fail with REQUEST_LIMIT_EXCEEDED at 100%.");
	}

	@Test
	void isDownWhenAuthenticationFailsAndCachesThatToo() {
		FakeOrg org = new FakeOrg(this.server);
		org.rejectLogin();
		FinancialForceHealthIndicator indicator = indicator(org, 80);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("errorCode", "invalid_grant")
			.containsEntry("authentication", "failed");
		assertThat(health.getDetails().get("error").toString()).doesNotContain("client-secret-value");
		indicator.health();
		assertThat(org.requests("/services/oauth2/token")).isEqualTo(1);
	}

	private FinancialForceHealthIndicator indicator(FakeOrg org, int threshold) {
		FinancialForceClient client = FinancialForceClient
			.builder(new ClientCredentialsAuthenticator(org.url(), "app", "client-secret-value".toCharArray()))
			.build();
		assertThat(client.requestCount(RequestKind.LIMITS)).isZero();
		return new FinancialForceHealthIndicator(client, Duration.ofMinutes(1), threshold, this.clock);
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
