package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SOQL text into {@link SoqlToken}s in one pass. Strings keep their escapes (the parser decodes them, as
 * {@code \%} and {@code \_} mean something only in a {@code LIKE} pattern); dates and numbers are recognised by shape
 * and checked by the parser. The first character that starts no token ends the list with an
 * {@link SoqlToken.Type#ERROR} token.
 */
final class SoqlLexer {

	private final String source;

	private final List<SoqlToken> tokens;

	private int position;

	private SoqlLexer(String source) {
		this.source = source;
		this.tokens = new ArrayList<>(Math.max(16, source.length() / 4));
	}

	static List<SoqlToken> tokenize(String source) {
		SoqlLexer lexer = new SoqlLexer(source);
		lexer.run();
		return lexer.tokens;
	}

	private void run() {
		int length = this.source.length();
		while (true) {
			while (this.position < length && isWhitespace(this.source.charAt(this.position))) {
				this.position++;
			}
			if (this.position >= length) {
				add(SoqlToken.Type.END, length, length);
				return;
			}
			if (!next()) {
				return;
			}
		}
	}

	/**
	 * Reads the token at the current position.
	 * @return {@code false} once an error token has been added
	 */
	private boolean next() {
		int start = this.position;
		char c = this.source.charAt(start);
		if (isLetter(c)) {
			identifier(start);
			return true;
		}
		if (isDigit(c)) {
			return dateOrNumber(start);
		}
		switch (c) {
			case '\'':
				return string(start);
			case '(':
				return single(SoqlToken.Type.LEFT_PAREN, start);
			case ')':
				return single(SoqlToken.Type.RIGHT_PAREN, start);
			case ',':
				return single(SoqlToken.Type.COMMA, start);
			case '.':
				return single(SoqlToken.Type.DOT, start);
			case ':':
				return single(SoqlToken.Type.COLON, start);
			case '=':
				return single(SoqlToken.Type.EQUALS, start);
			case '!':
				if (charAt(start + 1) == '=') {
					return pair(SoqlToken.Type.NOT_EQUALS, start);
				}
				return error(start, start + 1, "'!='");
			case '<':
				if (charAt(start + 1) == '=') {
					return pair(SoqlToken.Type.LESS_THAN_OR_EQUAL, start);
				}
				if (charAt(start + 1) == '>') {
					return pair(SoqlToken.Type.NOT_EQUALS, start);
				}
				return single(SoqlToken.Type.LESS_THAN, start);
			case '>':
				if (charAt(start + 1) == '=') {
					return pair(SoqlToken.Type.GREATER_THAN_OR_EQUAL, start);
				}
				return single(SoqlToken.Type.GREATER_THAN, start);
			case '-':
			case '+':
				if (isDigit(charAt(start + 1))) {
					this.position = start + 1;
					return number(start);
				}
				return error(start, start + 1, "a number after '" + c + "'");
			case '?':
				int end = digits(start + 1);
				if (end == start + 1) {
					return error(start, start + 1, "a parameter number after '?', as in ?1");
				}
				add(SoqlToken.Type.POSITIONAL, start, end);
				this.position = end;
				return true;
			case '*':
				return error(start, start + 1, "a list of fields (SOQL has no *: name the fields or use FIELDS(ALL))");
			default:
				return error(start, start + Character.charCount(this.source.codePointAt(start)),
						"a name, a value, a keyword or an operator");
		}
	}

	private void identifier(int start) {
		int end = start + 1;
		while (isNameChar(charAt(end))) {
			end++;
		}
		// a currency literal with decimals, EUR12.50: no field path segment starts with a digit
		if (isCurrencyShape(start, end) && charAt(end) == '.' && isDigit(charAt(end + 1))) {
			end = digits(end + 1);
		}
		add(SoqlToken.Type.IDENTIFIER, start, end);
		this.position = end;
	}

	private boolean isCurrencyShape(int start, int end) {
		if (end - start < 4 || !isLetter(charAt(start + 1)) || !isLetter(charAt(start + 2))) {
			return false;
		}
		return digits(start + 3) == end;
	}

	private boolean dateOrNumber(int start) {
		if (digits(start) == start + 4 && charAt(start + 4) == '-') {
			return date(start);
		}
		return number(start);
	}

	private boolean number(int start) {
		int end = digits(this.position);
		if (charAt(end) == '.' && isDigit(charAt(end + 1))) {
			end = digits(end + 1);
		}
		add(SoqlToken.Type.NUMBER, start, end);
		this.position = end;
		return true;
	}

	private boolean date(int start) {
		int end = start + 10;
		if (!(fixedDigits(start + 5, 2) && charAt(start + 7) == '-' && fixedDigits(start + 8, 2))) {
			return error(start, Math.min(digitsOrDashes(start), this.source.length()), "a date as YYYY-MM-DD");
		}
		if (charAt(end) != 'T') {
			add(SoqlToken.Type.DATE, start, end);
			this.position = end;
			return true;
		}
		int time = end + 1;
		boolean valid = fixedDigits(time, 2) && charAt(time + 2) == ':' && fixedDigits(time + 3, 2)
				&& charAt(time + 5) == ':' && fixedDigits(time + 6, 2);
		end = time + 8;
		if (valid && charAt(end) == '.' && isDigit(charAt(end + 1))) {
			end = digits(end + 1);
		}
		if (valid && charAt(end) == 'Z') {
			end++;
		}
		else if (valid && (charAt(end) == '+' || charAt(end) == '-')) {
			valid = fixedDigits(end + 1, 2) && charAt(end + 3) == ':' && fixedDigits(end + 4, 2);
			end += 6;
		}
		else {
			valid = false;
		}
		if (!valid) {
			int shown = start + 10;
			while (shown < this.source.length() && !isWhitespace(this.source.charAt(shown))
					&& this.source.charAt(shown) != ')' && this.source.charAt(shown) != ',') {
				shown++;
			}
			return error(start, shown, "a date-time as YYYY-MM-DDThh:mm:ssZ or YYYY-MM-DDThh:mm:ss+hh:mm");
		}
		add(SoqlToken.Type.DATE_TIME, start, end);
		this.position = end;
		return true;
	}

	private int digitsOrDashes(int start) {
		int end = start;
		while (isDigit(charAt(end)) || charAt(end) == '-') {
			end++;
		}
		return end;
	}

	private boolean string(int start) {
		int length = this.source.length();
		int i = start + 1;
		while (i < length) {
			char c = this.source.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == '\'') {
				add(SoqlToken.Type.STRING, start, i + 1);
				this.position = i + 1;
				return true;
			}
			else {
				i++;
			}
		}
		SoqlSyntaxException.Position opened = SoqlSyntaxException.Position.of(this.source, start);
		return error(length, length, "' to close the string opened at " + opened);
	}

	private boolean single(SoqlToken.Type type, int start) {
		add(type, start, start + 1);
		this.position = start + 1;
		return true;
	}

	private boolean pair(SoqlToken.Type type, int start) {
		add(type, start, start + 2);
		this.position = start + 2;
		return true;
	}

	private boolean error(int start, int end, String expected) {
		this.tokens.add(new SoqlToken(SoqlToken.Type.ERROR, start, end, this.source.substring(start, end), expected));
		return false;
	}

	private void add(SoqlToken.Type type, int start, int end) {
		this.tokens.add(new SoqlToken(type, start, end, this.source.substring(start, end), ""));
	}

	private int digits(int from) {
		int end = from;
		while (isDigit(charAt(end))) {
			end++;
		}
		return end;
	}

	private boolean fixedDigits(int from, int count) {
		for (int i = from; i < from + count; i++) {
			if (!isDigit(charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private char charAt(int index) {
		return (index < this.source.length()) ? this.source.charAt(index) : 0;
	}

	static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}

	static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isNameChar(char c) {
		return isLetter(c) || isDigit(c) || c == '_';
	}

}
