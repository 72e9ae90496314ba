package io.financialforce.client;

import java.util.concurrent.atomic.LongAdder;

import io.financialforce.auth.Authenticator;
import io.financialforce.auth.Session;
import io.financialforce.client.observation.ClientOperation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the client's session: authenticates lazily once, and re-authenticates once per expiry however many threads
 * saw the session rejected (single flight: the first renews, the others find the new session). Each authentication
 * is observed as a {@link ClientOperation#TOKEN} operation.
 */
final class SessionHolder {

	private static final Logger logger = LoggerFactory.getLogger(SessionHolder.class);

	private final Authenticator authenticator;

	private final ClientObservations observations;

	private final Object lock = new Object();

	private final LongAdder renewals = new LongAdder();

	private volatile @Nullable Session session;

	private @Nullable Session failedRenewalOf;

	private @Nullable RuntimeException renewalFailure;

	private volatile long authenticationFailures;

	private @Nullable RuntimeException authenticationFailure;

	SessionHolder(Authenticator authenticator, ClientObservations observations) {
		this.authenticator = authenticator;
		this.observations = observations;
	}

	/**
	 * The session, authenticating first if there is none. Callers that waited while an authentication failed get
	 * that failure instead of trying again each (no stampede that could lock the user out); later calls try afresh.
	 */
	Session current() {
		Session current = this.session;
		if (current != null) {
			return current;
		}
		long failuresSeen = this.authenticationFailures;
		synchronized (this.lock) {
			current = this.session;
			if (current != null) {
				return current;
			}
			RuntimeException failure = this.authenticationFailure;
			if (this.authenticationFailures != failuresSeen && failure != null) {
				throw failure;
			}
			try {
				current = this.observations.observe(this.observations.context(ClientOperation.TOKEN, null),
						this.authenticator::authenticate);
			}
			catch (RuntimeException ex) {
				this.authenticationFailure = ex;
				this.authenticationFailures++;
				throw ex;
			}
			logger.debug("Authenticated: {}", current);
			this.session = current;
			return current;
		}
	}

	/**
	 * A session newer than {@code rejected}; only the first caller for a given rejected session re-authenticates. If
	 * that fails, the other callers waiting with the same rejected session get the same failure (no stampede on the
	 * login endpoint), and the next call authenticates afresh.
	 */
	Session renew(Session rejected) {
		synchronized (this.lock) {
			Session current = this.session;
			if (current != null && current != rejected) {
				return current;
			}
			RuntimeException failure = this.renewalFailure;
			if (rejected == this.failedRenewalOf && failure != null) {
				throw failure;
			}
			logger.debug("Session rejected, re-authenticating");
			try {
				Session renewed = this.observations.observe(this.observations.context(ClientOperation.TOKEN, null),
						() -> this.authenticator.reauthenticate(rejected));
				this.renewals.increment();
				this.session = renewed;
				return renewed;
			}
			catch (RuntimeException ex) {
				this.failedRenewalOf = rejected;
				this.renewalFailure = ex;
				this.session = null;
				throw ex;
			}
		}
	}

	long renewals() {
		return this.renewals.sum();
	}

}
