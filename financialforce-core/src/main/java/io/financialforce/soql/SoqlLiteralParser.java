package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads literals and bind parameters: decodes string escapes, checks dates and times, reads relative dates and
 * currency amounts.
 */
final class SoqlLiteralParser {

	static final int MAX_DIGITS = 400;

	static final String ESCAPES = "\\' \\\" \\\\ \\n \\r \\t \\b \\f \\uXXXX";

	private SoqlLiteralParser() {
	}

	/**
	 * A literal or a bind parameter: the right side of {@code =}, {@code <} and the like.
	 */
	static Operand value(SoqlTokenCursor cursor) {
		BindParameter parameter = bindParameter(cursor);
		return (parameter != null) ? parameter : literal(cursor, "a value");
	}

	static @Nullable BindParameter bindParameter(SoqlTokenCursor cursor) {
		SoqlToken token = cursor.peek();
		if (token.is(SoqlToken.Type.POSITIONAL)) {
			cursor.next();
			String digits = token.text().substring(1);
			if (digits.length() > 9) {
				throw cursor.error(token, "a parameter number below 1000000000");
			}
			return new BindParameter.Positional(Integer.parseInt(digits));
		}
		if (token.is(SoqlToken.Type.COLON)) {
			SoqlToken name = cursor.peek(1);
			if (!name.is(SoqlToken.Type.IDENTIFIER) || !cursor.adjacent(token, name)) {
				throw cursor.error(name, "a parameter name right after ':', as in :name");
			}
			cursor.next();
			cursor.next();
			return new BindParameter.Named(name.text());
		}
		return null;
	}

	static Literal literal(SoqlTokenCursor cursor, String expected) {
		SoqlToken token = cursor.peek();
		switch (token.type()) {
			case STRING:
				cursor.next();
				return new Literal.StringValue(decode(cursor, token, false));
			case NUMBER:
				cursor.next();
				return new Literal.NumberValue(decimal(cursor, token, token.text()));
			case DATE:
				cursor.next();
				return new Literal.DateValue(date(cursor, token));
			case DATE_TIME:
				cursor.next();
				return new Literal.DateTimeValue(dateTime(cursor, token));
			case IDENTIFIER:
				return keywordLiteral(cursor, token, expected);
			default:
				throw cursor.unexpected(expected);
		}
	}

	private static Literal keywordLiteral(SoqlTokenCursor cursor, SoqlToken token, String expected) {
		String name = token.upperText();
		if (name.equals("NULL")) {
			cursor.next();
			return Literal.NullValue.INSTANCE;
		}
		if (name.equals("TRUE") || name.equals("FALSE")) {
			cursor.next();
			return new Literal.BooleanValue(name.equals("TRUE"));
		}
		RelativeDate range = RelativeDate.byName(name);
		if (range != null) {
			cursor.next();
			if (!range.takesNumber()) {
				return new Literal.RelativeDateValue(range, null);
			}
			SoqlToken colon = cursor.peek();
			SoqlToken number = cursor.peek(1);
			if (!colon.is(SoqlToken.Type.COLON) || !cursor.adjacent(token, colon)) {
				throw cursor.error(colon, "':' and a number right after " + name + ", as in " + name + ":30");
			}
			if (!number.is(SoqlToken.Type.NUMBER) || !cursor.adjacent(colon, number)) {
				throw cursor.error(number, "a number right after " + name + ":, as in " + name + ":30");
			}
			cursor.next();
			cursor.next();
			return new Literal.RelativeDateValue(range, wholeNumber(cursor, number));
		}
		if (isCurrency(name)) {
			cursor.next();
			return new Literal.CurrencyValue(name.substring(0, 3), decimal(cursor, token, name.substring(3)));
		}
		throw cursor.error(token, expected);
	}

	private static boolean isCurrency(String name) {
		if (name.length() < 4 || !SoqlLexer.isLetter(name.charAt(0)) || !SoqlLexer.isLetter(name.charAt(1))
				|| !SoqlLexer.isLetter(name.charAt(2))) {
			return false;
		}
		for (int i = 3; i < name.length(); i++) {
			if (!SoqlLexer.isDigit(name.charAt(i)) && name.charAt(i) != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A number of at most {@value #MAX_DIGITS} digits (enough for any {@code double} written out): no field holds
	 * more, and the limit keeps parsing linear, as {@code BigDecimal} reads long digit strings in quadratic time.
	 */
	private static BigDecimal decimal(SoqlTokenCursor cursor, SoqlToken token, String text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			digits += SoqlLexer.isDigit(text.charAt(i)) ? 1 : 0;
		}
		if (digits > MAX_DIGITS) {
			throw cursor.error(token, "a number of at most " + MAX_DIGITS + " digits");
		}
		return new BigDecimal(text);
	}

	/**
	 * A non-negative {@code int} written as digits only: for {@code LIMIT}, {@code OFFSET} and {@code :n}.
	 */
	static int wholeNumber(SoqlTokenCursor cursor, SoqlToken token) {
		String text = token.text();
		if (!token.is(SoqlToken.Type.NUMBER) || !SoqlLexer.isDigit(text.charAt(0)) || text.indexOf('.') >= 0) {
			throw cursor.error(token, "a whole number");
		}
		int first = 0;
		while (first < text.length() - 1 && text.charAt(first) == '0') {
			first++;
		}
		String digits = text.substring(first);
		if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
			throw cursor.error(token, "a whole number up to " + Integer.MAX_VALUE);
		}
		return Integer.parseInt(digits);
	}

	/**
	 * Decodes a string token. In a {@code LIKE} pattern, {@code \%}, {@code \_} and {@code \\} stay escaped as
	 * {@link LikePattern} expects; a backslash written as {@code \u005C} also stands for itself.
	 */
	static String decode(SoqlTokenCursor cursor, SoqlToken token, boolean like) {
		String raw = token.text();
		int last = raw.length() - 1;
		StringBuilder value = new StringBuilder(last);
		for (int i = 1; i < last; i++) {
			char c = raw.charAt(i);
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = raw.charAt(i + 1);
			switch (escaped) {
				case 'n', 'N' -> value.append('\n');
				case 'r', 'R' -> value.append('\r');
				case 't', 'T' -> value.append('\t');
				case 'b', 'B' -> value.append('\b');
				case 'f', 'F' -> value.append('\f');
				case '\'', '"' -> value.append(escaped);
				case '\\' -> value.append(like ? "\\\\" : "\\");
				case '%', '_' -> {
					if (!like) {
						throw cursor.error(token.start() + i, "\\" + escaped,
								"one of the escapes " + ESCAPES + " (\\" + escaped + " is for LIKE patterns only)");
					}
					value.append('\\').append(escaped);
				}
				case 'u' -> {
					char decoded = unicode(cursor, token, i);
					value.append((like && decoded == '\\') ? "\\\\" : String.valueOf(decoded));
					i += 4;
				}
				default -> throw cursor.error(token.start() + i, raw.substring(i, Math.min(i + 2, last)),
						"one of the escapes " + ESCAPES + (like ? " \\% \\_" : ""));
			}
			i++;
		}
		return value.toString();
	}

	private static char unicode(SoqlTokenCursor cursor, SoqlToken token, int backslash) {
		String raw = token.text();
		int value = 0;
		for (int i = backslash + 2; i < backslash + 6; i++) {
			int digit = (i < raw.length() - 1) ? Character.digit(raw.charAt(i), 16) : -1;
			if (digit < 0) {
				String found = raw.substring(backslash, Math.min(backslash + 6, raw.length() - 1));
				throw cursor.error(token.start() + backslash, found, "four hex digits after \\u");
			}
			value = value * 16 + digit;
		}
		return (char) value;
	}

	static LocalDate date(SoqlTokenCursor cursor, SoqlToken token) {
		String text = token.text();
		try {
			return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
		}
		catch (DateTimeException ex) {
			throw cursor.error(token, "a valid date (" + ex.getMessage() + ")");
		}
	}

	static OffsetDateTime dateTime(SoqlTokenCursor cursor, SoqlToken token) {
		String text = token.text();
		LocalDate date = date(cursor, token);
		try {
			int end = 19;
			int nanos = 0;
			if (text.charAt(end) == '.') {
				int digitsEnd = end + 1;
				while (SoqlLexer.isDigit(text.charAt(digitsEnd))) {
					digitsEnd++;
				}
				if (digitsEnd - end - 1 > 9) {
					throw new DateTimeException("at most nine digits of fractional seconds");
				}
				String fraction = (text.substring(end + 1, digitsEnd) + "000000000").substring(0, 9);
				nanos = Integer.parseInt(fraction);
				end = digitsEnd;
			}
			LocalTime time = LocalTime.of(number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nanos);
			ZoneOffset offset = ZoneOffset.UTC;
			if (text.charAt(end) != 'Z') {
				int sign = (text.charAt(end) == '-') ? -1 : 1;
				offset = ZoneOffset.ofHoursMinutes(sign * number(text, end + 1, 2), sign * number(text, end + 4, 2));
			}
			return OffsetDateTime.of(date, time, offset);
		}
		catch (DateTimeException ex) {
			String reason = ex.getMessage().toLowerCase(Locale.ROOT).startsWith("zone offset")
					? "an offset up to 18:00" : ex.getMessage();
			throw cursor.error(token, "a valid date-time (" + reason + ")");
		}
	}

	private static int number(String text, int from, int length) {
		return Integer.parseInt(text.substring(from, from + length));
	}

}
