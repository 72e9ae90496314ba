package io.financialforce.auth;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Keeps OAuth tokens between runs and between processes, so that a refresh token obtained once (by consent) keeps
 * working, including when Salesforce rotates it on every refresh.
 * <p>
 * {@link #update(String, UnaryOperator)} is the heart of the contract: it runs its function while holding a lock
 * that excludes every other update of the same key — in this process and, for stores shared between processes, in
 * every process — and persists the result before releasing it. A refresh therefore never uses a refresh token another
 * process has already exchanged, and a new refresh token is persisted before the old one is forgotten.
 */
public interface TokenStore {

	/**
	 * Reads the tokens of a connection.
	 * @param key the connection's key
	 * @return the tokens, if stored
	 */
	Optional<StoredTokens> load(String key);

	/**
	 * Reads, changes and persists the tokens of a connection atomically.
	 * @param key the connection's key
	 * @param update receives the stored tokens ({@literal null} if none) and returns the tokens to store; runs
	 * under the store's lock, may call the token endpoint; if it throws, nothing is changed
	 * @return the stored tokens
	 */
	StoredTokens update(String key, UnaryOperator<@Nullable StoredTokens> update);

	/**
	 * Forgets the tokens of a connection.
	 * @param key the connection's key
	 */
	void remove(String key);

}
