package io.financialforce.soql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Renders the syntax tree as canonical SOQL: upper-case keywords, single spaces, names as written, functions in their
 * documented spelling. The only code that turns values into SOQL text.
 * <p>
 * String literals escape {@code '}, {@code "} and {@code \} and write {@code \n \r \t \b \f} for those controls; any
 * other character that cannot safely stand raw (the other C0 and C1 controls, {@code U+2028}, {@code U+2029} and
 * unpaired surrogates) is written as {@code \}{@code uXXXX}. Everything else, including characters outside the Basic
 * Multilingual Plane, is written raw. In {@code LIKE} patterns, {@code \%} and {@code \_} appear only where the
 * pattern asks for a literal {@code %} or {@code _}.
 */
final class SoqlRenderer {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final StringBuilder soql = new StringBuilder(128);

	private final boolean placeholders;

	private SoqlRenderer(boolean placeholders) {
		this.placeholders = placeholders;
	}

	/**
	 * Renders a statement.
	 * @param select the statement
	 * @param placeholders whether bind parameters are written as {@code :name} and {@code ?1} (for display) rather
	 * than rejected
	 * @throws IllegalStateException if the statement holds a bind parameter and {@code placeholders} is false
	 * @throws IllegalArgumentException if a value has no SOQL form (a year outside 0000-9999)
	 */
	static String render(Select select, boolean placeholders) {
		SoqlRenderer renderer = new SoqlRenderer(placeholders);
		renderer.select(select);
		return renderer.soql.toString();
	}

	private void select(Select select) {
		this.soql.append("SELECT ");
		join(select.items(), this::item);
		this.soql.append(" FROM ").append(select.from().name());
		if (select.from().alias() != null) {
			this.soql.append(' ').append(select.from().alias());
		}
		if (select.scope() != null) {
			this.soql.append(" USING SCOPE ").append(select.scope().name().toLowerCase(Locale.ROOT));
		}
		if (select.where() != null) {
			this.soql.append(" WHERE ");
			condition(select.where(), false);
		}
		if (select.with() != null) {
			this.soql.append(" WITH ");
			with(select.with());
		}
		if (select.groupBy() != null) {
			groupBy(select.groupBy());
		}
		if (select.having() != null) {
			this.soql.append(" HAVING ");
			condition(select.having(), false);
		}
		if (!select.orderBy().isEmpty()) {
			this.soql.append(" ORDER BY ");
			join(select.orderBy(), this::orderItem);
		}
		if (select.limit() != null) {
			this.soql.append(" LIMIT ").append(select.limit());
		}
		if (select.offset() != null) {
			this.soql.append(" OFFSET ").append(select.offset());
		}
		if (select.forClause() != null) {
			this.soql.append(" FOR ").append(select.forClause().name());
		}
		if (select.update() != null) {
			this.soql.append(" UPDATE ").append(select.update().name());
		}
		if (select.forUpdate()) {
			this.soql.append(" FOR UPDATE");
		}
		if (select.allRows()) {
			this.soql.append(" ALL ROWS");
		}
	}

	private void item(SelectItem item) {
		if (item instanceof SelectItem.Field field) {
			expression(field.expression());
			if (field.alias() != null) {
				this.soql.append(' ').append(field.alias());
			}
		}
		else if (item instanceof SelectItem.Subquery subquery) {
			this.soql.append('(');
			select(subquery.select());
			this.soql.append(')');
		}
		else if (item instanceof SelectItem.TypeOf typeOf) {
			this.soql.append("TYPEOF ").append(typeOf.field().dotted());
			for (SelectItem.When when : typeOf.whens()) {
				this.soql.append(" WHEN ").append(when.type()).append(" THEN ");
				join(when.fields(), this::expression);
			}
			if (!typeOf.elseFields().isEmpty()) {
				this.soql.append(" ELSE ");
				join(typeOf.elseFields(), this::expression);
			}
			this.soql.append(" END");
		}
		else if (item instanceof SelectItem.Fields fields) {
			this.soql.append("FIELDS(").append(fields.kind().name()).append(')');
		}
	}

	private void expression(Expression expression) {
		if (expression instanceof FieldPath path) {
			join(path.segments(), ".", this.soql::append);
		}
		else if (expression instanceof FunctionCall call) {
			this.soql.append(call.function().soqlName()).append('(');
			join(call.arguments(), this::expression);
			this.soql.append(')');
		}
		else if (expression instanceof Literal literal) {
			literal(literal);
		}
	}

	private void condition(Condition condition, boolean nested) {
		if (condition instanceof Condition.Comparison comparison) {
			expression(comparison.left());
			this.soql.append(' ').append(comparison.operator().symbol()).append(' ');
			operand(comparison.right());
		}
		else if (condition instanceof Condition.Not not) {
			this.soql.append("NOT ");
			condition(not.condition(), true);
		}
		else {
			boolean and = condition instanceof Condition.And;
			List<Condition> conditions = and ? ((Condition.And) condition).conditions()
					: ((Condition.Or) condition).conditions();
			if (nested) {
				this.soql.append('(');
			}
			join(conditions, and ? " AND " : " OR ", (child) -> condition(child, true));
			if (nested) {
				this.soql.append(')');
			}
		}
	}

	private void operand(Operand operand) {
		if (operand instanceof Literal literal) {
			literal(literal);
		}
		else if (operand instanceof Operand.ValueList list) {
			this.soql.append('(');
			join(list.values(), this::literal);
			this.soql.append(')');
		}
		else if (operand instanceof LikePattern pattern) {
			appendEscapedLikePattern(this.soql, pattern.pattern());
		}
		else if (operand instanceof Operand.SubSelect subSelect) {
			this.soql.append('(');
			select(subSelect.select());
			this.soql.append(')');
		}
		else if (operand instanceof BindParameter parameter) {
			bindParameter(parameter);
		}
	}

	private void bindParameter(BindParameter parameter) {
		String written = (parameter instanceof BindParameter.Named named) ? ":" + named.name()
				: "?" + ((BindParameter.Positional) parameter).index();
		if (!this.placeholders) {
			throw new IllegalStateException("Cannot render bind parameter " + written
					+ " as SOQL: the REST API has no bind variables; bind a value first with Select#bind");
		}
		this.soql.append(written);
	}

	private void literal(Literal literal) {
		if (literal instanceof Literal.StringValue string) {
			appendEscapedString(this.soql, string.value());
		}
		else if (literal instanceof Literal.NumberValue number) {
			this.soql.append(plain(number.value()));
		}
		else if (literal instanceof Literal.BooleanValue bool) {
			this.soql.append(bool.value() ? "TRUE" : "FALSE");
		}
		else if (literal instanceof Literal.NullValue) {
			this.soql.append("NULL");
		}
		else if (literal instanceof Literal.DateValue date) {
			date(date.value());
		}
		else if (literal instanceof Literal.DateTimeValue dateTime) {
			dateTime(dateTime.value());
		}
		else if (literal instanceof Literal.CurrencyValue currency) {
			if (currency.amount().signum() < 0) {
				throw new IllegalArgumentException("SOQL has no negative currency literal: " + currency);
			}
			this.soql.append(currency.currencyIsoCode()).append(plain(currency.amount()));
		}
		else if (literal instanceof Literal.RelativeDateValue relative) {
			this.soql.append(relative.range().name());
			if (relative.n() != null) {
				this.soql.append(':').append(relative.n());
			}
		}
	}

	/**
	 * The number without exponent, as SOQL writes numbers; at most as many digits as the parser reads.
	 */
	private static String plain(BigDecimal number) {
		long digits = Math.max(number.precision() - (long) number.scale(), 1) + Math.max(number.scale(), 0);
		if (digits > SoqlLiteralParser.MAX_DIGITS) {
			throw new IllegalArgumentException("SOQL has no literal for " + number + ": written out it has more than "
					+ SoqlLiteralParser.MAX_DIGITS + " digits");
		}
		return number.toPlainString();
	}

	private void date(LocalDate date) {
		if (date.getYear() < 0 || date.getYear() > 9999) {
			throw new IllegalArgumentException("SOQL dates have four-digit years: " + date);
		}
		this.soql.append(date);
	}

	/**
	 * {@code YYYY-MM-DDThh:mm:ss}, the fraction of a second when there is one, then {@code Z} or {@code +hh:mm}. An
	 * offset with seconds, which SOQL cannot write, is rendered as the same instant in UTC.
	 */
	private void dateTime(OffsetDateTime value) {
		OffsetDateTime dateTime = (value.getOffset().getTotalSeconds() % 60 != 0)
				? value.withOffsetSameInstant(ZoneOffset.UTC) : value;
		date(dateTime.toLocalDate());
		this.soql.append('T');
		two(dateTime.getHour()).append(':');
		two(dateTime.getMinute()).append(':');
		two(dateTime.getSecond());
		if (dateTime.getNano() != 0) {
			String nanos = Integer.toString(1_000_000_000 + dateTime.getNano()).substring(1);
			int end = nanos.length();
			while (nanos.charAt(end - 1) == '0') {
				end--;
			}
			this.soql.append('.').append(nanos, 0, end);
		}
		int offset = dateTime.getOffset().getTotalSeconds();
		if (offset == 0) {
			this.soql.append('Z');
		}
		else {
			this.soql.append((offset < 0) ? '-' : '+');
			two(Math.abs(offset) / 3600).append(':');
			two(Math.abs(offset) / 60 % 60);
		}
	}

	private StringBuilder two(int value) {
		return this.soql.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	private void with(WithClause with) {
		if (with instanceof WithClause.Security security) {
			this.soql.append(security.mode().name());
		}
		else if (with instanceof WithClause.DataCategory dataCategory) {
			this.soql.append("DATA CATEGORY ");
			join(dataCategory.filters(), " AND ", (filter) -> {
				this.soql.append(filter.group()).append(' ').append(filter.selector().name()).append(' ');
				if (filter.categories().size() == 1) {
					this.soql.append(filter.categories().get(0));
				}
				else {
					this.soql.append('(');
					join(filter.categories(), ", ", this.soql::append);
					this.soql.append(')');
				}
			});
		}
	}

	private void groupBy(GroupBy groupBy) {
		this.soql.append(" GROUP BY ");
		boolean plain = groupBy.type() == GroupBy.Type.PLAIN;
		if (!plain) {
			this.soql.append(groupBy.type().name()).append('(');
		}
		join(groupBy.keys(), this::expression);
		if (!plain) {
			this.soql.append(')');
		}
	}

	private void orderItem(OrderItem item) {
		expression(item.expression());
		if (item.direction() != null) {
			this.soql.append(' ').append(item.direction().name());
		}
		if (item.nulls() != null) {
			this.soql.append(" NULLS ").append(item.nulls().name());
		}
	}

	private <T> void join(List<? extends T> items, Consumer<T> renderer) {
		join(items, ", ", renderer);
	}

	private <T> void join(List<? extends T> items, String separator, Consumer<T> renderer) {
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				this.soql.append(separator);
			}
			renderer.accept(items.get(i));
		}
	}

	/**
	 * Appends {@code value} as a quoted SOQL string literal.
	 */
	static void appendEscapedString(StringBuilder soql, String value) {
		soql.append('\'');
		for (int i = 0; i < value.length(); i++) {
			appendEscapedChar(soql, value, i);
		}
		soql.append('\'');
	}

	/**
	 * Appends a {@link LikePattern}'s pattern as a quoted SOQL string: its {@code \%}, {@code \_} and {@code \\}
	 * escapes are written as such, everything else as in {@link #appendEscapedString}.
	 */
	static void appendEscapedLikePattern(StringBuilder soql, String pattern) {
		soql.append('\'');
		for (int i = 0; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '\\') {
				soql.append('\\').append(pattern.charAt(++i));
			}
			else {
				appendEscapedChar(soql, pattern, i);
			}
		}
		soql.append('\'');
	}

	private static void appendEscapedChar(StringBuilder soql, String text, int index) {
		char c = text.charAt(index);
		switch (c) {
			case '\'' -> soql.append("\\'");
			case '"' -> soql.append("\\\"");
			case '\\' -> soql.append("\\\\");
			case '\n' -> soql.append("\\n");
			case '\r' -> soql.append("\\r");
			case '\t' -> soql.append("\\t");
			case '\b' -> soql.append("\\b");
			case '\f' -> soql.append("\\f");
			default -> {
				if (standsRaw(text, index)) {
					soql.append(c);
				}
				else {
					soql.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
						.append(HEX[c & 0xF]);
				}
			}
		}
	}

	private static boolean standsRaw(String text, int index) {
		char c = text.charAt(index);
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
			return false;
		}
		if (Character.isHighSurrogate(c)) {
			return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
		}
		return true;
	}

}
