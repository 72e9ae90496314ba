package io.financialforce.emulator;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which requests fail on purpose: every Nth request of a family gets a {@link Fault}. Immutable.
 * <pre class="code">
 * FaultPlan plan = FaultPlan.none().everyNth(RequestFamily.QUERY, 3, Fault.SERVICE_UNAVAILABLE);
 * </pre>
 */
public final class FaultPlan {

	private static final FaultPlan NONE = new FaultPlan(new EnumMap<>(RequestFamily.class));

	private final Map<RequestFamily, Rule> rules;

	private FaultPlan(Map<RequestFamily, Rule> rules) {
		this.rules = rules;
	}

	/**
	 * No faults.
	 * @return the empty plan
	 */
	public static FaultPlan none() {
		return NONE;
	}

	/**
	 * A plan that also fails every Nth request of a family (the Nth, the 2Nth, ...).
	 * @param family the family
	 * @param n the period, at least 1 (1 = every request)
	 * @param fault the failure
	 * @return a new plan
	 */
	public FaultPlan everyNth(RequestFamily family, int n, Fault fault) {
		if (n < 1) {
			throw new IllegalArgumentException("'n' must be at least 1, not " + n);
		}
		Map<RequestFamily, Rule> copy = new EnumMap<>(RequestFamily.class);
		copy.putAll(this.rules);
		copy.put(family, new Rule(n, fault));
		return new FaultPlan(copy);
	}

	/**
	 * The fault for a request.
	 * @param family the request's family
	 * @param ordinal the request's number within its family, from 1
	 * @return the fault, or null to answer normally
	 */
	@Nullable Fault faultFor(RequestFamily family, long ordinal) {
		Rule rule = this.rules.get(family);
		return (rule != null && ordinal % rule.n == 0) ? rule.fault : null;
	}

	@Override
	public String toString() {
		return "FaultPlan" + this.rules;
	}

	private record Rule(int n, Fault fault) {
	}

}
