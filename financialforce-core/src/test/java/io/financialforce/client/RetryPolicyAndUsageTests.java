package io.financialforce.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Backoff arithmetic of {@link RetryPolicy} and parsing of the {@code Sforce-Limit-Info} header.
 */
class RetryPolicyAndUsageTests {

	@Test
	void backoffGrowsExponentiallyWithJitterUpToTheCap() {
		RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000));

		assertThat(policy.backoff(1, 0.999)).isEqualTo(Duration.ofMillis(99));
		assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(100));
		assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(200));
		assertThat(policy.backoff(5, 0.5)).isEqualTo(Duration.ofMillis(500));
		assertThat(policy.backoff(40, 0.5)).isEqualTo(Duration.ofMillis(500));
		assertThat(policy.backoff(3, 0.0)).isZero();
	}

	@Test
	void rejectsInconsistentPolicies() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)));
		assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
	}

	@Test
	void parsesApiUsageOfTheLimitInfoHeader() {
		assertThat(ApiUsage.parse("api-usage=25/5000")).isEqualTo(new ApiUsage(25, 5000));
		assertThat(ApiUsage.parse("per-app-api-usage=17/250(appName=x); api-usage=18/15000"))
			.isEqualTo(new ApiUsage(18, 15000));
		assertThat(ApiUsage.parse("per-app-api-usage=17/250(appName=x)")).isNull();
		assertThat(ApiUsage.parse(null)).isNull();
		assertThat(new ApiUsage(6000, 5000).remaining()).isZero();
	}

}
