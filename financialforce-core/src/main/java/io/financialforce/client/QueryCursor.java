package io.financialforce.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * The rows of a query, fetched page by page: the first page comes with the query, each further page
 * ({@code nextRecordsUrl}) only when iteration reaches it — or, with prefetching on, while the previous page is
 * consumed. Not thread-safe; close it (or its {@link #stream()}) when stopping early.
 *
 * @param <T> what a record becomes
 */
public final class QueryCursor<T> implements Iterator<T>, AutoCloseable {

	private final Function<String, QueryPage<T>> fetcher;

	private final @Nullable Executor prefetchExecutor;

	private final long totalSize;

	private QueryPage<T> page;

	private int index;

	private int pagesFetched = 1;

	private @Nullable CompletableFuture<QueryPage<T>> prefetched;

	private boolean closed;

	QueryCursor(QueryPage<T> first, Function<String, QueryPage<T>> fetcher, @Nullable Executor prefetchExecutor) {
		this.page = first;
		this.totalSize = first.totalSize();
		this.fetcher = fetcher;
		this.prefetchExecutor = prefetchExecutor;
		prefetch();
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
			String next = this.page.nextRecordsUrl();
			if (next == null) {
				return false;
			}
			this.page = fetch(next);
			this.index = 0;
			this.pagesFetched++;
			prefetch();
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

	/** Stops the iteration; a prefetched page is dropped. */
	@Override
	public void close() {
		this.closed = true;
		CompletableFuture<QueryPage<T>> pending = this.prefetched;
		if (pending != null) {
			pending.cancel(false);
			this.prefetched = null;
		}
	}

	private QueryPage<T> fetch(String next) {
		CompletableFuture<QueryPage<T>> pending = this.prefetched;
		this.prefetched = null;
		if (pending == null) {
			return this.fetcher.apply(next);
		}
		try {
			return pending.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void prefetch() {
		String next = this.page.nextRecordsUrl();
		if (this.prefetchExecutor != null && next != null && !this.closed) {
			this.prefetched = CompletableFuture.supplyAsync(() -> this.fetcher.apply(next), this.prefetchExecutor);
		}
	}

}
