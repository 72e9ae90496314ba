package io.financialforce.soql;

import java.util.Locale;

/**
 * One token of SOQL text, as a span of the source; {@link Type#ERROR} tokens carry what is wrong so that the parser
 * reports lexical errors in source order, when it reaches them.
 *
 * @param type the kind of token
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param text the token as written ({@code ""} for the end of the text)
 * @param problem for an {@link Type#ERROR} token, what was expected instead; otherwise empty
 */
record SoqlToken(Type type, int start, int end, String text, String problem) {

	boolean is(Type type) {
		return this.type == type;
	}

	/**
	 * Whether this is the given keyword: an identifier spelled that way in any case.
	 */
	boolean isKeyword(String keyword) {
		return this.type == Type.IDENTIFIER && this.text.equalsIgnoreCase(keyword);
	}

	String upperText() {
		return this.text.toUpperCase(Locale.ROOT);
	}

	/**
	 * The token as quoted in an error message.
	 */
	String describe() {
		if (this.type == Type.END) {
			return "end of query";
		}
		String shown = (this.text.length() > 40) ? this.text.substring(0, 37) + "..." : this.text;
		return "'" + shown + "'";
	}

	enum Type {

		/** A name or keyword; also a currency literal such as {@code USD5000} or {@code EUR12.50}. */
		IDENTIFIER,
		/** A quoted string, with its quotes and undecoded escapes. */
		STRING,
		/** An unsigned or signed integer or decimal. */
		NUMBER,
		/** {@code 2024-01-31}. */
		DATE,
		/** {@code 2024-01-31T12:34:56Z}. */
		DATE_TIME,
		/** {@code ?1}. */
		POSITIONAL,
		/** {@code (}. */
		LEFT_PAREN,
		/** {@code )}. */
		RIGHT_PAREN,
		/** {@code ,}. */
		COMMA,
		/** {@code .}. */
		DOT,
		/** {@code :}. */
		COLON,
		/** {@code =}. */
		EQUALS,
		/** {@code !=} or {@code <>}. */
		NOT_EQUALS,
		/** {@code <}. */
		LESS_THAN,
		/** {@code <=}. */
		LESS_THAN_OR_EQUAL,
		/** {@code >}. */
		GREATER_THAN,
		/** {@code >=}. */
		GREATER_THAN_OR_EQUAL,
		/** The end of the text. */
		END,
		/** Text that is no token; {@link SoqlToken#problem()} says what was expected. */
		ERROR

	}

}
