package io.financialforce.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A {@link TokenStore} in memory: tokens live as long as the store, updates of one key are serialized.
 */
public final class InMemoryTokenStore implements TokenStore {

	private final ConcurrentMap<String, StoredTokens> tokens = new ConcurrentHashMap<>();

	private final Object lock = new Object();

	@Override
	public Optional<StoredTokens> load(String key) {
		Assert.notNull(key, "'key' must not be null");
		return Optional.ofNullable(this.tokens.get(key));
	}

	@Override
	public StoredTokens update(String key, UnaryOperator<@Nullable StoredTokens> update) {
		Assert.notNull(key, "'key' must not be null");
		Assert.notNull(update, "'update' must not be null");
		synchronized (this.lock) {
			StoredTokens updated = update.apply(this.tokens.get(key));
			Assert.state(updated != null, "The update function must not return null");
			this.tokens.put(key, updated);
			return updated;
		}
	}

	@Override
	public void remove(String key) {
		this.tokens.remove(key);
	}

	@Override
	public String toString() {
		return "InMemoryTokenStore[" + this.tokens.size() + " connections]";
	}

}
