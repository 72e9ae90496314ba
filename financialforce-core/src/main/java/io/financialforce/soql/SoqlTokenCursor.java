package io.financialforce.soql;

import java.util.List;

/**
 * The parser's position in the token list, with the checks that raise {@link SoqlSyntaxException}s.
 */
final class SoqlTokenCursor {

	/** How deep conditions, subqueries and function calls may nest, so that no input can exhaust the stack. */
	static final int MAX_NESTING = 100;

	private final String source;

	private final List<SoqlToken> tokens;

	private int index;

	private int nesting;

	SoqlTokenCursor(String source) {
		this.source = source;
		this.tokens = SoqlLexer.tokenize(source);
	}

	String source() {
		return this.source;
	}

	SoqlToken peek() {
		return this.tokens.get(this.index);
	}

	/**
	 * The token {@code ahead} places after the current one (the end token if there is none).
	 */
	SoqlToken peek(int ahead) {
		int at = Math.min(this.index + ahead, this.tokens.size() - 1);
		return this.tokens.get(at);
	}

	SoqlToken next() {
		SoqlToken token = this.tokens.get(this.index);
		if (token.is(SoqlToken.Type.ERROR)) {
			throw error(token, token.problem());
		}
		if (!token.is(SoqlToken.Type.END)) {
			this.index++;
		}
		return token;
	}

	boolean at(SoqlToken.Type type) {
		return peek().is(type);
	}

	boolean atKeyword(String keyword) {
		return peek().isKeyword(keyword);
	}

	boolean accept(SoqlToken.Type type) {
		if (at(type)) {
			next();
			return true;
		}
		return false;
	}

	boolean acceptKeyword(String keyword) {
		if (atKeyword(keyword)) {
			next();
			return true;
		}
		return false;
	}

	SoqlToken expect(SoqlToken.Type type, String expected) {
		if (!at(type)) {
			throw unexpected(expected);
		}
		return next();
	}

	SoqlToken expectKeyword(String keyword) {
		return expectKeyword(keyword, keyword);
	}

	SoqlToken expectKeyword(String keyword, String expected) {
		if (!atKeyword(keyword)) {
			throw unexpected(expected);
		}
		return next();
	}

	/**
	 * Whether {@code second} follows {@code first} with no white space between them ({@code LAST_N_DAYS:30},
	 * {@code :name}).
	 */
	boolean adjacent(SoqlToken first, SoqlToken second) {
		return first.end() == second.start();
	}

	void enter() {
		if (++this.nesting > MAX_NESTING) {
			throw unexpected("at most " + MAX_NESTING + " levels of nesting");
		}
	}

	void leave() {
		this.nesting--;
	}

	/**
	 * An error at the current token.
	 */
	SoqlSyntaxException unexpected(String expected) {
		return error(peek(), expected);
	}

	/**
	 * An error at {@code token}; a lexical error token reports its own problem instead.
	 */
	SoqlSyntaxException error(SoqlToken token, String expected) {
		if (token.is(SoqlToken.Type.ERROR)) {
			String found = token.text().isEmpty() ? "end of query" : token.describe();
			return new SoqlSyntaxException(this.source, token.start(), found, token.problem());
		}
		return new SoqlSyntaxException(this.source, token.start(), token.describe(), expected);
	}

	/**
	 * An error inside a token or spanning several, e.g. a bad escape in a string or an over-long field path.
	 */
	SoqlSyntaxException error(int offset, String found, String expected) {
		return new SoqlSyntaxException(this.source, offset, "'" + found + "'", expected);
	}

}
