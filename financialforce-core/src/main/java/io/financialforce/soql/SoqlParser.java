package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Parses SOQL {@code SELECT} statements into the syntax tree: a hand-written lexer and a recursive-descent parser
 * that read the text once, so parsing time grows linearly with its length.
 * <p>
 * Keywords, function names and literal keywords are case-insensitive; names are kept as written. Beyond the grammar,
 * the parser rejects what Salesforce rejects when it reads a query: unknown escape sequences, impossible dates and
 * times, {@code NOT LIKE}, {@code AND} and {@code OR} mixed without parentheses, a semi-join combined with {@code OR}
 * or nested in another, and field paths with more than five parent relationships (a {@code FROM} alias in front does
 * not count). Bind parameters ({@code :name}, {@code ?1}) are read as {@link BindParameter}s, to be bound with
 * {@link Select#bind(java.util.Map)} before rendering.
 */
public final class SoqlParser {

	private static final int MAX_PARENT_LEVELS = 5;

	/** Salesforce's reserved words, which cannot be field names or aliases. */
	private static final Set<String> RESERVED = Set.of("AND", "ASC", "DESC", "EXCLUDES", "FIRST", "FROM", "GROUP",
			"HAVING", "IN", "INCLUDES", "LAST", "LIKE", "LIMIT", "NOT", "NULL", "NULLS", "OR", "SELECT", "WHERE", "WITH");

	/** Keywords that may follow the {@code FROM} clause. */
	private static final Set<String> CLAUSES = Set.of("USING", "WHERE", "WITH", "GROUP", "HAVING", "ORDER", "LIMIT",
			"OFFSET", "FOR", "UPDATE", "ALL");

	private final SoqlTokenCursor cursor;

	private Context context = Context.TOP;

	private @Nullable String alias;

	/** The field paths of a select list, checked once the {@code FROM} alias is known. */
	private @Nullable List<PendingPath> pendingPaths;

	private SoqlParser(String soql) {
		this.cursor = new SoqlTokenCursor(soql);
	}

	/**
	 * Parses a SOQL {@code SELECT} statement.
	 * @param soql the statement
	 * @return its syntax tree
	 * @throws SoqlSyntaxException if the text is not a valid statement, saying where and what was expected
	 */
	public static Select parse(String soql) {
		SoqlChecks.notNull(soql, "soql");
		return new SoqlParser(soql).select(Context.TOP);
	}

	boolean inSemiJoin() {
		return this.context == Context.SEMI_JOIN;
	}

	/**
	 * Reads a statement up to, not including, its end: the end of the text or, for a subquery, the {@code ')'}.
	 */
	Select select(Context context) {
		Context outerContext = this.context;
		String outerAlias = this.alias;
		List<PendingPath> outerPending = this.pendingPaths;
		this.context = context;
		this.alias = null;
		this.pendingPaths = new ArrayList<>();
		this.cursor.enter();
		Select select = selectStatement();
		this.cursor.leave();
		this.context = outerContext;
		this.alias = outerAlias;
		this.pendingPaths = outerPending;
		return select;
	}

	private Select selectStatement() {
		this.cursor.expectKeyword("SELECT");
		List<SelectItem> items = selectItems();
		this.cursor.expectKeyword("FROM");
		From from = from();
		List<PendingPath> pending = this.pendingPaths;
		this.pendingPaths = null;
		if (pending != null) {
			pending.forEach((path) -> checkDepth(path.path(), path.start()));
		}
		SoqlClauses clauses = new SoqlClauses(this, this.cursor, this.context);
		return clauses.read(items, from);
	}

	private List<SelectItem> selectItems() {
		List<SelectItem> items = new ArrayList<>();
		do {
			SoqlToken start = this.cursor.peek();
			SelectItem item = selectItem();
			if (this.context == Context.SEMI_JOIN && !(item instanceof SelectItem.Field field
					&& field.expression() instanceof FieldPath && field.alias() == null)) {
				throw this.cursor.error(start, "an id or reference field (a semi-join subselect selects one field)");
			}
			items.add(item);
			if (this.context == Context.SEMI_JOIN && this.cursor.at(SoqlToken.Type.COMMA)) {
				throw this.cursor.unexpected("FROM (a semi-join subselect selects one field)");
			}
		}
		while (this.cursor.accept(SoqlToken.Type.COMMA));
		return items;
	}

	private SelectItem selectItem() {
		SoqlToken token = this.cursor.peek();
		SoqlToken following = this.cursor.peek(1);
		if (token.is(SoqlToken.Type.LEFT_PAREN) && this.context != Context.SEMI_JOIN) {
			this.cursor.next();
			Select subquery = select(Context.CHILD);
			this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "')'");
			return new SelectItem.Subquery(subquery);
		}
		if (token.isKeyword("TYPEOF") && following.is(SoqlToken.Type.IDENTIFIER) && !following.isKeyword("FROM")) {
			return typeOf();
		}
		if (token.isKeyword("FIELDS") && following.is(SoqlToken.Type.LEFT_PAREN)) {
			this.cursor.next();
			this.cursor.next();
			SoqlToken kind = this.cursor.peek();
			SelectItem.FieldsKind fieldsKind = switch (kind.upperText()) {
				case "ALL" -> SelectItem.FieldsKind.ALL;
				case "STANDARD" -> SelectItem.FieldsKind.STANDARD;
				case "CUSTOM" -> SelectItem.FieldsKind.CUSTOM;
				default -> throw this.cursor.unexpected("ALL, STANDARD or CUSTOM");
			};
			this.cursor.next();
			this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "')'");
			return new SelectItem.Fields(fieldsKind);
		}
		Expression expression = expression(false, "a field, a function, a subquery, TYPEOF or FIELDS(...)");
		return new SelectItem.Field(expression, alias(SoqlToken.Type.COMMA, "FROM"));
	}

	private SelectItem typeOf() {
		this.cursor.next();
		FieldPath field = path();
		List<SelectItem.When> whens = new ArrayList<>();
		while (this.cursor.acceptKeyword("WHEN")) {
			SoqlToken type = this.cursor.expect(SoqlToken.Type.IDENTIFIER, "an object name");
			this.cursor.expectKeyword("THEN");
			whens.add(new SelectItem.When(type.text(), paths()));
		}
		if (whens.isEmpty()) {
			throw this.cursor.unexpected("WHEN");
		}
		List<FieldPath> elseFields = this.cursor.acceptKeyword("ELSE") ? paths() : List.of();
		this.cursor.expectKeyword("END", elseFields.isEmpty() ? "WHEN, ELSE or END" : "',' or END");
		return new SelectItem.TypeOf(field, whens, elseFields);
	}

	private List<FieldPath> paths() {
		List<FieldPath> paths = new ArrayList<>();
		do {
			paths.add(path());
		}
		while (this.cursor.accept(SoqlToken.Type.COMMA));
		return paths;
	}

	private From from() {
		SoqlToken name = this.cursor.expect(SoqlToken.Type.IDENTIFIER, "an object name");
		String alias = alias(SoqlToken.Type.RIGHT_PAREN, null);
		this.alias = alias;
		return new From(name.text(), alias);
	}

	/**
	 * Reads an alias if the current token is a name that is not reserved and the token after it is {@code follower}
	 * or {@code keyword} (or, if {@code keyword} is {@code null}, a clause keyword or the end), so that a misspelt
	 * keyword is reported as such rather than taken for an alias.
	 */
	private @Nullable String alias(SoqlToken.Type follower, @Nullable String keyword) {
		SoqlToken token = this.cursor.peek();
		if (!token.is(SoqlToken.Type.IDENTIFIER) || RESERVED.contains(token.upperText())
				|| (keyword == null && CLAUSES.contains(token.upperText()))) {
			return null;
		}
		SoqlToken next = this.cursor.peek(1);
		boolean fits = next.is(follower) || ((keyword != null) ? next.isKeyword(keyword)
				: next.is(SoqlToken.Type.END) || (next.is(SoqlToken.Type.IDENTIFIER)
						&& CLAUSES.contains(next.upperText())));
		if (!fits) {
			return null;
		}
		this.cursor.next();
		return token.text();
	}

	/**
	 * Reads a field path or a function call, or, if {@code literals}, also a number or string (function arguments).
	 */
	Expression expression(boolean literals, String expected) {
		SoqlToken token = this.cursor.peek();
		if (token.is(SoqlToken.Type.IDENTIFIER)) {
			SoqlToken following = this.cursor.peek(1);
			if (following.is(SoqlToken.Type.LEFT_PAREN)) {
				return functionCall(token);
			}
			if ((RESERVED.contains(token.upperText()) && !following.is(SoqlToken.Type.DOT))
					|| (token.isKeyword("ORDER") && following.isKeyword("BY"))) {
				throw this.cursor.unexpected(expected);
			}
			return path();
		}
		if (literals && (token.is(SoqlToken.Type.NUMBER) || token.is(SoqlToken.Type.STRING))) {
			return SoqlLiteralParser.literal(this.cursor, expected);
		}
		throw this.cursor.unexpected(expected);
	}

	private FunctionCall functionCall(SoqlToken name) {
		SoqlFunction function = SoqlFunction.byName(name.text());
		if (function == null) {
			throw this.cursor.error(name, "a SOQL function such as COUNT, SUM, CALENDAR_YEAR or toLabel");
		}
		this.cursor.next();
		this.cursor.next();
		this.cursor.enter();
		int min = (function == SoqlFunction.COUNT) ? 0 : arity(function);
		int max = arity(function);
		List<Expression> arguments = new ArrayList<>();
		String expected = "an argument of " + function.soqlName();
		if (!this.cursor.at(SoqlToken.Type.RIGHT_PAREN) || min > 0) {
			arguments.add(expression(true, expected));
			while (arguments.size() < max && this.cursor.accept(SoqlToken.Type.COMMA)) {
				arguments.add(expression(true, expected));
			}
		}
		String takes = function.soqlName() + " takes " + ((function == SoqlFunction.COUNT) ? "at most one argument"
				: (max == 1) ? "one argument" : (max == 2) ? "two arguments" : "three arguments");
		if (arguments.size() < min) {
			throw this.cursor.unexpected("',' (" + takes + ")");
		}
		this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "')' (" + takes + ")");
		this.cursor.leave();
		return new FunctionCall(function, arguments);
	}

	private static int arity(SoqlFunction function) {
		return switch (function) {
			case DISTANCE -> 3;
			case GEOLOCATION -> 2;
			default -> 1;
		};
	}

	FieldPath path() {
		SoqlToken start = this.cursor.expect(SoqlToken.Type.IDENTIFIER, "a field name");
		List<String> segments = new ArrayList<>();
		segments.add(start.text());
		while (this.cursor.accept(SoqlToken.Type.DOT)) {
			SoqlToken segment = this.cursor.peek();
			if (!segment.is(SoqlToken.Type.IDENTIFIER)
					|| (RESERVED.contains(segment.upperText()) && !this.cursor.peek(1).is(SoqlToken.Type.DOT))) {
				throw this.cursor.unexpected("a field name after '.'");
			}
			segments.add(this.cursor.next().text());
		}
		FieldPath path = new FieldPath(segments);
		if (this.pendingPaths != null) {
			this.pendingPaths.add(new PendingPath(path, start));
		}
		else {
			checkDepth(path, start);
		}
		return path;
	}

	private void checkDepth(FieldPath path, SoqlToken start) {
		List<String> segments = path.segments();
		int levels = segments.size() - 1;
		if (this.alias != null && levels > 0 && segments.get(0).equalsIgnoreCase(this.alias)) {
			levels--;
		}
		if (levels > MAX_PARENT_LEVELS) {
			throw this.cursor.error(start.start(), path.dotted(),
					"a field path with at most " + MAX_PARENT_LEVELS + " parent relationships (this one has " + levels
							+ ")");
		}
	}

	/**
	 * Where a statement is read: at the top, as a child-relationship subquery, or as a semi-join subselect.
	 */
	enum Context {

		TOP, CHILD, SEMI_JOIN

	}

	private record PendingPath(FieldPath path, SoqlToken start) {
	}

}
