package io.financialforce.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * The rows of a query, fetched page by page: the first page comes with the query, each further page
 * ({@code nextRecordsUrl}) only when iteration reaches it — or, with prefetching on, ahead of it.
 * <p>
 * Prefetching requests page {@code n + 1} as soon as the head of page {@code n} has named it, before the records of
 * page {@code n} are read (the API sends {@code nextRecordsUrl} ahead of {@code records}), so that the latency of
 * the next request overlaps with reading the current page. At most one page is requested beyond the page iteration
 * is on, so memory stays bounded however long the query; every page iteration reaches is requested exactly once.
 * <p>
 * Not thread-safe; close it (or its {@link #stream()}) when stopping early: a page in flight is cancelled (its
 * request aborted or its answer closed, never sent again) and no further page is requested.
 *
 * @param <T> what a record becomes
 */
public final class QueryCursor<T> implements Iterator<T>, AutoCloseable {

	private final PageFetcher<T> fetcher;

	private final @Nullable Executor prefetchExecutor;

	private final Object lock = new Object();

	/** The pages requested ahead of {@link #page}, in order; guarded by {@link #lock}. */
	private final ArrayDeque<FutureTask<QueryPage<T>>> ahead = new ArrayDeque<>(2);

	/** The bodies of the answers read ahead; guarded by {@link #lock}. */
	private final Set<Closeable> bodies = Collections.newSetFromMap(new IdentityHashMap<>());

	/** The number of the last page requested; guarded by {@link #lock}. */
	private int requested = 1;

	/** The number of the page iteration is on or waits for; guarded by {@link #lock}. */
	private int consumerOn = 1;

	/** The URL of page {@link #requested} + 1, once a page head named it, until requested; guarded by {@link #lock}. */
	private @Nullable String namedUrl;

	private long totalSize;

	private QueryPage<T> page;

	private int index;

	private int pagesFetched = 1;

	private volatile boolean closed;

	private QueryCursor(PageFetcher<T> fetcher, @Nullable Executor prefetchExecutor) {
		this.fetcher = fetcher;
		this.prefetchExecutor = prefetchExecutor;
		this.page = new QueryPage<>(0, true, null, List.of(), null);
	}

	/**
	 * Opens a cursor: reads the first page now (on the calling thread).
	 * @param first reads the first page, telling the given progress about it
	 * @param fetcher reads a further page
	 * @param prefetchExecutor where further pages are read ahead, or {@code null} to read each when reached
	 */
	static <T> QueryCursor<T> open(Function<QueryPage.Progress, QueryPage<T>> first, PageFetcher<T> fetcher,
			@Nullable Executor prefetchExecutor) {
		QueryCursor<T> cursor = new QueryCursor<>(fetcher, prefetchExecutor);
		try {
			cursor.page = first.apply(cursor.progressOf(1));
		}
		catch (RuntimeException ex) {
			cursor.close();
			throw ex;
		}
		cursor.totalSize = cursor.page.totalSize();
		cursor.pageTaken();
		return cursor;
	}

	/**
	 * The number of rows the query matches, as the first page reported.
	 * @return the total size
	 */
	public long totalSize() {
		return this.totalSize;
	}

	/**
	 * The pages fetched so far, the first included.
	 * @return the page count
	 */
	public int pagesFetched() {
		return this.pagesFetched;
	}

	@Override
	public boolean hasNext() {
		while (!this.closed && this.index >= this.page.records().size()) {
			RuntimeException failure = this.page.failure();
			if (failure != null) {
				close();
				throw failure;
			}
			String next = this.page.nextRecordsUrl();
			if (next == null) {
				return false;
			}
			this.page = nextPage(next);
			this.index = 0;
			this.pagesFetched++;
			pageTaken();
		}
		return !this.closed;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException("No more rows");
		}
		return this.page.records().get(this.index++);
	}

	/**
	 * The remaining rows as a sequential stream; closing the stream closes this cursor.
	 * @return the stream
	 */
	public Stream<T> stream() {
		Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(this,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(spliterator, false).onClose(this::close);
	}

	/** Stops the iteration; a page requested ahead is cancelled and dropped, its answer closed. */
	@Override
	public void close() {
		List<Closeable> open;
		synchronized (this.lock) {
			this.closed = true;
			for (FutureTask<QueryPage<T>> pending : this.ahead) {
				pending.cancel(true);
			}
			this.ahead.clear();
			open = List.copyOf(this.bodies);
			this.bodies.clear();
		}
		open.forEach(QueryCursor::closeQuietly);
	}

	private static void closeQuietly(Closeable body) {
		try {
			body.close();
		}
		catch (IOException | RuntimeException ex) {
			// the page is dropped anyway
		}
	}

	/** Iteration moved to the next page: takes it from the pages requested ahead, or fetches it now. */
	private QueryPage<T> nextPage(String url) {
		FutureTask<QueryPage<T>> pending;
		int number;
		synchronized (this.lock) {
			number = ++this.consumerOn;
			if (this.requested < number) {
				request(number, url);
			}
			else if (this.requested == number && this.namedUrl != null) {
				request(number + 1, this.namedUrl);
			}
			pending = this.ahead.poll();
		}
		if (pending == null) {
			synchronized (this.lock) {
				this.requested = number;
			}
			return this.fetcher.fetch(url, progressOf(number));
		}
		try {
			return pending.get();
		}
		catch (ExecutionException ex) {
			close();
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new CancellationException("Interrupted while waiting for the next page of a query");
		}
	}

	/** The current page is the one iteration is on: requests the next if its URL is known and it is not yet. */
	private void pageTaken() {
		String next = this.page.nextRecordsUrl();
		if (next != null) {
			nextUrlKnown(this.consumerOn, next);
		}
	}

	private QueryPage.Progress progressOf(int number) {
		return new QueryPage.Progress() {

			@Override
			public void nextRecordsUrl(String nextRecordsUrl) {
				nextUrlKnown(number, nextRecordsUrl);
			}

			@Override
			public void reading(Closeable body) {
				boolean open;
				synchronized (QueryCursor.this.lock) {
					open = !QueryCursor.this.closed && QueryCursor.this.bodies.add(body);
				}
				if (!open) {
					closeQuietly(body);
				}
			}

			@Override
			public void finished(Closeable body) {
				synchronized (QueryCursor.this.lock) {
					QueryCursor.this.bodies.remove(body);
				}
			}

			@Override
			public boolean cancelled() {
				return QueryCursor.this.closed;
			}

		};
	}

	/**
	 * The head of page {@code number} named the page after it: request that one now if iteration is on page
	 * {@code number} already (so at most one page is requested beyond it) and it was not requested yet.
	 */
	private void nextUrlKnown(int number, String url) {
		synchronized (this.lock) {
			if (this.requested != number) {
				return;
			}
			if (this.consumerOn >= number) {
				request(number + 1, url);
			}
			else {
				this.namedUrl = url;
			}
		}
	}

	/** Requests a page on the prefetch executor; without one, or refused by it, the page is fetched when reached. */
	private void request(int number, String url) {
		if (this.prefetchExecutor == null || this.closed) {
			return;
		}
		FutureTask<QueryPage<T>> task = new FutureTask<>(() -> this.fetcher.fetch(url, progressOf(number)));
		try {
			this.prefetchExecutor.execute(task);
		}
		catch (RejectedExecutionException ex) {
			return;
		}
		this.ahead.add(task);
		this.requested = number;
		this.namedUrl = null;
	}

	/** Reads one further page. */
	@FunctionalInterface
	interface PageFetcher<T> {

		QueryPage<T> fetch(String nextRecordsUrl, QueryPage.Progress progress);

	}

}
