package io.financialforce.sample.receivables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.Assert;

/**
 * Outstanding amounts per ageing bucket, in one currency.
 *
 * @param current not yet due
 * @param days1To30 1 to 30 days past due
 * @param days31To60 31 to 60 days past due
 * @param days61To90 61 to 90 days past due
 * @param over90 more than 90 days past due
 * @param total the sum of the buckets
 */
public record AgingAmounts(BigDecimal current, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
		BigDecimal over90, BigDecimal total) {

	/** No amount in any bucket. */
	public static final AgingAmounts ZERO = of(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO, BigDecimal.ZERO));

	/**
	 * Creates the amounts from one value per bucket, in {@link AgingBucket} order.
	 * @param buckets five amounts
	 * @return the amounts with their total
	 */
	public static AgingAmounts of(List<BigDecimal> buckets) {
		Assert.isTrue(buckets.size() == AgingBucket.values().length, "'buckets' must hold one amount per bucket");
		BigDecimal total = buckets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new AgingAmounts(buckets.get(0), buckets.get(1), buckets.get(2), buckets.get(3), buckets.get(4), total);
	}

	/**
	 * The amount of a bucket.
	 * @param bucket the bucket
	 * @return the amount
	 */
	public BigDecimal get(AgingBucket bucket) {
		return switch (bucket) {
			case CURRENT -> this.current;
			case DAYS_1_TO_30 -> this.days1To30;
			case DAYS_31_TO_60 -> this.days31To60;
			case DAYS_61_TO_90 -> this.days61To90;
			case OVER_90 -> this.over90;
		};
	}

	/**
	 * Adds an amount to one bucket.
	 * @param bucket the bucket
	 * @param amount the amount
	 * @return new amounts
	 */
	public AgingAmounts plus(AgingBucket bucket, BigDecimal amount) {
		List<BigDecimal> values = new ArrayList<>(AgingBucket.values().length);
		for (AgingBucket each : AgingBucket.values()) {
			values.add((each == bucket) ? get(each).add(amount) : get(each));
		}
		return of(values);
	}

	/**
	 * Adds other amounts bucket by bucket.
	 * @param other the other amounts
	 * @return new amounts
	 */
	public AgingAmounts plus(AgingAmounts other) {
		List<BigDecimal> values = new ArrayList<>(AgingBucket.values().length);
		for (AgingBucket each : AgingBucket.values()) {
			values.add(get(each).add(other.get(each)));
		}
		return of(values);
	}

}
