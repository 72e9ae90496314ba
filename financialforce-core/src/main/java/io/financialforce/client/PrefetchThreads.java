package io.financialforce.client;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The prefetch executor of clients built without one: daemon threads, created on demand, at most
 * {@value #MAX_THREADS}, each ending after {@value #IDLE_SECONDS} seconds idle, so that nothing needs closing and no
 * thread outlives its use. When all are busy a query reads its next page when it reaches it, as without prefetching.
 */
final class PrefetchThreads {

	static final int MAX_THREADS = 32;

	static final int IDLE_SECONDS = 5;

	private static final Executor SHARED = create();

	private PrefetchThreads() {
	}

	static Executor shared() {
		return SHARED;
	}

	private static Executor create() {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(0, MAX_THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
				new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task, "financialforce-prefetch-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
		return executor;
	}

}
