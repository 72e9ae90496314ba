package io.financialforce.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.financialforce.FinancialForceApiFailure;
import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.OrgLimit;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;

/**
 * Health of the FinancialForce org: UP with the daily API usage against the org's limit (and a {@code warning}
 * detail from a usage threshold), DOWN when authentication fails or the API cannot be reached.
 * <p>
 * Each result is reused for a time to live, so that health probes cost at most one {@code GET /limits} call per
 * interval whatever their number; concurrent probes of an expired result share one call.
 *
 * @since 0.1.0
 */
public final class FinancialForceHealthIndicator implements HealthIndicator {

	private static final String DAILY_API_REQUESTS = "DailyApiRequests";

	private final FinancialForceClient client;

	private final Duration timeToLive;

	private final int warningThreshold;

	private final Clock clock;

	private final Object lock = new Object();

	private volatile @Nullable Cached cached;

	/**
	 * Creates the indicator.
	 * @param client the client whose org is checked
	 * @param timeToLive how long a result is reused
	 * @param warningThreshold the usage, in percent of the limit, from which a warning is reported
	 * @param clock the clock measuring the time to live
	 */
	public FinancialForceHealthIndicator(FinancialForceClient client, Duration timeToLive, int warningThreshold,
			Clock clock) {
		Assert.notNull(client, "'client' must not be null");
		Assert.isTrue(timeToLive != null && !timeToLive.isNegative(), "'timeToLive' must not be negative");
		Assert.isTrue(warningThreshold > 0 && warningThreshold <= 100, "'warningThreshold' must be from 1 to 100");
		Assert.notNull(clock, "'clock' must not be null");
		this.client = client;
		this.timeToLive = timeToLive;
		this.warningThreshold = warningThreshold;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Cached current = this.cached;
		if (current != null && isFresh(current)) {
			return current.health();
		}
		synchronized (this.lock) {
			current = this.cached;
			if (current != null && isFresh(current)) {
				return current.health();
			}
			Health health = check();
			this.cached = new Cached(health, this.clock.instant());
			return health;
		}
	}

	private boolean isFresh(Cached cached) {
		return this.clock.instant().isBefore(cached.checkedAt().plus(this.timeToLive));
	}

	private Health check() {
		Instant now = this.clock.instant();
		Map<String, OrgLimit> limits;
		try {
			limits = this.client.limits();
		}
		catch (RuntimeException ex) {
			Health.Builder down = Health.down().withDetail("checkedAt", now.toString())
				.withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
			if (ex instanceof FinancialForceApiFailure failure && failure.errorCode() != null) {
				down.withDetail("errorCode", failure.errorCode());
			}
			if (ex instanceof FinancialForceAuthenticationException) {
				down.withDetail("authentication", "failed");
			}
			return down.build();
		}
		Health.Builder up = Health.up().withDetail("apiVersion", this.client.apiVersion())
			.withDetail("checkedAt", now.toString());
		OrgLimit daily = limits.get(DAILY_API_REQUESTS);
		if (daily != null && daily.max() > 0) {
			long used = Math.max(0, daily.max() - daily.remaining());
			double percent = Math.round(used * 1000.0 / daily.max()) / 10.0;
			up.withDetail("dailyApiRequests", Map.of("used", used, "max", daily.max(), "remaining",
					daily.remaining(), "usedPercent", percent));
			if (percent >= this.warningThreshold) {
				up.withDetail("warning", "The org has used " + percent + "% of its daily API requests (warning from "
						+ this.warningThreshold + "%); calls fail with REQUEST_LIMIT_EXCEEDED at 100%.");
			}
		}
		return up.build();
	}

	private record Cached(Health health, Instant checkedAt) {

	}

}
