package io.financialforce.client;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How the client retries transient failures (connect errors, timeouts, HTTP 502/503/504, {@code UNABLE_TO_LOCK_ROW},
 * {@code SERVER_UNAVAILABLE}) of requests that are safe to repeat: exponential backoff with full jitter.
 *
 * @param maxAttempts attempts in all, {@code 1} for no retry
 * @param initialBackoff the backoff before the first retry
 * @param maxBackoff the upper bound of any backoff
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	/**
	 * Validates the policy.
	 * @param maxAttempts at least 1
	 * @param initialBackoff not negative
	 * @param maxBackoff not below {@code initialBackoff}
	 */
	public RetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "'maxAttempts' must be at least 1");
		Assert.isTrue(initialBackoff != null && !initialBackoff.isNegative(), "'initialBackoff' must not be negative");
		Assert.isTrue(maxBackoff != null && maxBackoff.compareTo(initialBackoff) >= 0,
				"'maxBackoff' must not be below 'initialBackoff'");
	}

	/**
	 * The default: 4 attempts, backoff from 250 ms up to 10 s.
	 * @return the default policy
	 */
	public static RetryPolicy defaults() {
		return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(10));
	}

	/**
	 * No retries.
	 * @return a policy of one attempt
	 */
	public static RetryPolicy none() {
		return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
	}

	/**
	 * The backoff before a retry: a random share of {@code initialBackoff * 2^(retry-1)}, capped by {@code maxBackoff}.
	 * @param retry the retry's number, from 1
	 * @param random a random number in {@code [0, 1)}
	 * @return the backoff
	 */
	public Duration backoff(int retry, double random) {
		long base = this.initialBackoff.toMillis() << Math.min(retry - 1, 30);
		long capped = Math.min(Math.max(base, 0), this.maxBackoff.toMillis());
		return Duration.ofMillis((long) (capped * random));
	}

}
