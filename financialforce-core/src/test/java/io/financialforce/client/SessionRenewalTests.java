package io.financialforce.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.financialforce.FinancialForceAuthenticationException;
import io.financialforce.auth.Authenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.auth.FileTokenStore;
import io.financialforce.auth.RefreshTokenAuthenticator;
import io.financialforce.auth.StoredTokens;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Session expiry under load: single-flight re-authentication, replay once, rotating refresh tokens shared through a
 * file store.
 */
class SessionRenewalTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	URI loginUrl() {
		return MockApi.instance(this.server);
	}

	@Test
	void thirtyTwoThreadsReauthenticateOncePerExpiry() throws Exception {
		FakeOrg org = new FakeOrg(this.server, "unused", false);
		this.server.setDispatcher(org);
		FinancialForceClient client = MockApi.client(new ClientCredentialsAuthenticator(loginUrl(), FakeOrg.CLIENT_ID,
				FakeOrg.CLIENT_SECRET.toCharArray())).build();
		client.limits();
		org.expireSessions();

		List<Integer> calls = runConcurrently(32, () -> {
			for (int i = 0; i < 3; i++) {
				assertThat(client.limits()).containsKey("DailyApiRequests");
			}
			return 3;
		});

		assertThat(calls).hasSize(32).containsOnly(3);
		assertThat(org.tokenRequests).hasValue(2);
		assertThat(client.sessionRenewals()).isEqualTo(1);

		org.expireSessions();
		runConcurrently(32, client::limits);
		assertThat(org.tokenRequests).hasValue(3);
		assertThat(client.sessionRenewals()).isEqualTo(2);
	}

	@Test
	void failedRenewalFailsAllWaitingThreadsWithOneLoginAttempt() throws Exception {
		CountDownLatch allRejected = new CountDownLatch(32);
		FakeOrg org = new FakeOrg(this.server, "unused", false) {
			@Override
			public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request)
					throws InterruptedException {
				if (request.getUrl().encodedPath().endsWith("/token") && this.tokenRequests.get() >= 1) {
					this.tokenRequests.incrementAndGet();
					// answer the re-authentication only once every thread holds the expired session
					allRejected.await(10, TimeUnit.SECONDS);
					return MockApi.json(400, "{\"error\":\"inactive_user\",\"error_description\":\"user is inactive\"}");
				}
				mockwebserver3.MockResponse response = super.dispatch(request);
				if (response.getCode() == 401) {
					allRejected.countDown();
				}
				return response;
			}
		};
		this.server.setDispatcher(org);
		FinancialForceClient client = MockApi.client(new ClientCredentialsAuthenticator(loginUrl(), FakeOrg.CLIENT_ID,
				FakeOrg.CLIENT_SECRET.toCharArray())).build();
		client.limits();
		org.expireSessions();

		List<String> outcomes = runConcurrently(32, () -> {
			try {
				client.limits();
				return "ok";
			}
			catch (FinancialForceAuthenticationException ex) {
				return ex.errorCode();
			}
		});

		assertThat(outcomes).hasSize(32).containsOnly("inactive_user");
		assertThat(org.tokenRequests).hasValue(2);
		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(client::limits);
		assertThat(org.tokenRequests).hasValue(3);
	}

	@Test
	void failedFirstLoginIsSharedByTheThreadsWaitingForIt() throws Exception {
		AtomicInteger logins = new AtomicInteger();
		List<Thread> workers = new ArrayList<>();
		Authenticator failing = () -> {
			if (logins.incrementAndGet() == 1) {
				// fail only once every other worker waits for this login
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
				while (workers.stream().filter((t) -> t.getState() == Thread.State.BLOCKED).count() < 15
						&& System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
			}
			throw new FinancialForceAuthenticationException("login refused", 400, List.of(), null);
		};
		FinancialForceClient client = MockApi.client(failing).build();
		List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 16; i++) {
			workers.add(new Thread(() -> {
				try {
					client.limits();
				}
				catch (RuntimeException ex) {
					failures.add(ex);
				}
			}));
		}

		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join(TimeUnit.SECONDS.toMillis(30));
		}

		assertThat(failures).hasSize(16).allMatch((ex) -> ex.getMessage().equals("login refused"));
		assertThat(logins).hasValue(1);
		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(client::limits);
		assertThat(logins).hasValue(2);
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void secondRejectionAfterRenewalFails() {
		FakeOrg org = new FakeOrg(this.server, "unused", false) {
			@Override
			public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request)
					throws InterruptedException {
				if (request.getUrl().encodedPath().endsWith("/limits")) {
					return MockApi.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":"
							+ "\"INVALID_SESSION_ID\"}]");
				}
				return super.dispatch(request);
			}
		};
		this.server.setDispatcher(org);
		FinancialForceClient client = MockApi.client(new ClientCredentialsAuthenticator(loginUrl(), FakeOrg.CLIENT_ID,
				FakeOrg.CLIENT_SECRET.toCharArray())).build();

		assertThatExceptionOfType(FinancialForceAuthenticationException.class).isThrownBy(client::limits)
			.withMessageContaining("INVALID_SESSION_ID")
			.withMessageContaining("again right after re-authenticating")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(401));
		assertThat(org.tokenRequests).hasValue(2);
		assertThat(client.requestCount(RequestKind.LIMITS)).isEqualTo(2);
	}

	@Test
	void twoClientsSharingAFileStoreSurviveRotatingRefreshTokens(@TempDir Path directory) throws Exception {
		FakeOrg org = new FakeOrg(this.server, "5Aep861initial.refresh", true);
		org.tokenDelayMillis = 50;
		this.server.setDispatcher(org);
		Path file = directory.resolve("tokens.json");
		FinancialForceClient first = MockApi.client(refreshing(new FileTokenStore(file))).build();
		FinancialForceClient second = MockApi.client(refreshing(new FileTokenStore(file))).build();

		AtomicInteger turn = new AtomicInteger();
		Callable<Object> eitherClient = () -> ((turn.incrementAndGet() % 2 == 0) ? first : second).limits();
		for (int expiry = 0; expiry < 3; expiry++) {
			runConcurrently(16, eitherClient);
			org.expireSessions();
		}
		runConcurrently(16, eitherClient);

		assertThat(org.rejectedRefreshes).hasValue(0);
		assertThat(org.tokenRequests).hasValue(4);
		StoredTokens stored = new FileTokenStore(file).load("org").orElseThrow();
		assertThat(stored.refreshToken()).isEqualTo(org.refreshToken()).isEqualTo("5Aep861rotated.refresh.4");
	}

	private Authenticator refreshing(FileTokenStore store) {
		return RefreshTokenAuthenticator.builder(loginUrl(), FakeOrg.CLIENT_ID, "5Aep861initial.refresh".toCharArray())
			.tokenStore(store, "org")
			.build();
	}

	static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
			executor.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

}
