package io.financialforce.client;

import java.util.concurrent.atomic.LongAdder;

import io.financialforce.auth.Authenticator;
import io.financialforce.auth.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the client's session: authenticates lazily once, and re-authenticates once per expiry however many threads
 * saw the session rejected (single flight: the first renews, the others find the new session).
 */
final class SessionHolder {

	private static final Logger logger = LoggerFactory.getLogger(SessionHolder.class);

	private final Authenticator authenticator;

	private final Object lock = new Object();

	private final LongAdder renewals = new LongAdder();

	private volatile @Nullable Session session;

	SessionHolder(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	Session current() {
		Session current = this.session;
		if (current != null) {
			return current;
		}
		synchronized (this.lock) {
			if (this.session == null) {
				this.session = this.authenticator.authenticate();
				logger.debug("Authenticated: {}", this.session);
			}
			return this.session;
		}
	}

	/** A session newer than {@code rejected}; only the first caller for a given rejected session re-authenticates. */
	Session renew(Session rejected) {
		synchronized (this.lock) {
			Session current = this.session;
			if (current != null && current != rejected) {
				return current;
			}
			logger.debug("Session rejected, re-authenticating");
			Session renewed = this.authenticator.reauthenticate(rejected);
			this.renewals.increment();
			this.session = renewed;
			return renewed;
		}
	}

	long renewals() {
		return this.renewals.sum();
	}

}
