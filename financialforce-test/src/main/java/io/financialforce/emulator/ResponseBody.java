package io.financialforce.emulator;

import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

/**
 * The body of a response as it is written: the first bytes are held back, so that a small body goes out with a
 * {@code Content-Length}; once a body outgrows them, the headers are sent and the rest streams out chunked, so that
 * the client reads the start of a large page while the rest is still being produced. Nothing reaches the client
 * before the body is {@link #close() closed} or outgrows the buffer, so a failure up to then can still become an
 * error response.
 */
final class ResponseBody extends OutputStream {

	static final int BUFFER_SIZE = 16 * 1024;

	private final HttpExchange exchange;

	private final int status;

	private final byte[] buffer = new byte[BUFFER_SIZE];

	private int count;

	private @Nullable OutputStream streaming;

	private boolean closed;

	ResponseBody(HttpExchange exchange, int status) {
		this.exchange = exchange;
		this.status = status;
	}

	/**
	 * Whether the headers have been sent.
	 * @return {@code true} once the body streams
	 */
	boolean committed() {
		return this.streaming != null || this.closed;
	}

	@Override
	public void write(int b) throws IOException {
		if (this.streaming == null && this.count < BUFFER_SIZE) {
			this.buffer[this.count++] = (byte) b;
			return;
		}
		stream().write(b);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		if (this.streaming == null && length <= BUFFER_SIZE - this.count) {
			System.arraycopy(bytes, offset, this.buffer, this.count, length);
			this.count += length;
			return;
		}
		stream().write(bytes, offset, length);
	}

	/**
	 * Does nothing: a partial chunk is worth nothing to a client, and the body is sent as it outgrows the buffer.
	 */
	@Override
	public void flush() {
	}

	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.streaming != null) {
			this.streaming.close();
			return;
		}
		this.exchange.sendResponseHeaders(this.status, (this.count > 0) ? this.count : -1);
		if (this.count > 0) {
			try (OutputStream out = this.exchange.getResponseBody()) {
				out.write(this.buffer, 0, this.count);
			}
		}
	}

	private OutputStream stream() throws IOException {
		OutputStream out = this.streaming;
		if (out == null) {
			this.exchange.sendResponseHeaders(this.status, 0);
			out = this.exchange.getResponseBody();
			out.write(this.buffer, 0, this.count);
			this.streaming = out;
		}
		return out;
	}

}
