package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clauses after {@code FROM} for {@link SoqlParser}, in their fixed order, and reports what could still
 * come when something else is found.
 */
final class SoqlClauses {

	private static final String[] NAMES = { "USING SCOPE", "WHERE", "WITH", "GROUP BY", "HAVING", "ORDER BY", "LIMIT",
			"OFFSET", "FOR", "UPDATE", "FOR UPDATE", "ALL ROWS" };

	private static final int USING = 0;

	private static final int WHERE = 1;

	private static final int WITH = 2;

	private static final int GROUP_BY = 3;

	private static final int HAVING = 4;

	private static final int ORDER_BY = 5;

	private static final int LIMIT = 6;

	private static final int OFFSET = 7;

	private static final int FOR = 8;

	private static final int UPDATE = 9;

	private static final int FOR_UPDATE = 10;

	private static final int ALL_ROWS = 11;

	private final SoqlParser parser;

	private final SoqlTokenCursor cursor;

	private final SoqlParser.Context context;

	/** The index in {@link #NAMES} of the next clause that may come. */
	private int next;

	SoqlClauses(SoqlParser parser, SoqlTokenCursor cursor, SoqlParser.Context context) {
		this.parser = parser;
		this.cursor = cursor;
		this.context = context;
	}

	Select read(List<SelectItem> items, From from) {
		FilterScope scope = at(USING, "USING") ? scope() : null;
		Condition where = at(WHERE, "WHERE") ? new SoqlConditionParser(this.parser, this.cursor, false).condition()
				: null;
		WithClause with = at(WITH, "WITH") ? SoqlWithParser.with(this.cursor) : null;
		GroupBy groupBy = at(GROUP_BY, "GROUP") ? groupBy() : null;
		if (groupBy == null && this.cursor.atKeyword("HAVING")) {
			throw this.cursor.unexpected("GROUP BY before HAVING");
		}
		Condition having = (groupBy != null && at(HAVING, "HAVING"))
				? new SoqlConditionParser(this.parser, this.cursor, true).condition() : null;
		List<OrderItem> orderBy = at(ORDER_BY, "ORDER") ? orderBy() : List.of();
		Integer limit = at(LIMIT, "LIMIT") ? SoqlLiteralParser.wholeNumber(this.cursor, this.cursor.next()) : null;
		Integer offset = at(OFFSET, "OFFSET") ? SoqlLiteralParser.wholeNumber(this.cursor, this.cursor.next()) : null;
		ForClause forClause = null;
		if (this.cursor.atKeyword("FOR") && !this.cursor.peek(1).isKeyword("UPDATE") && at(FOR, "FOR")) {
			forClause = switch (this.cursor.peek().upperText()) {
				case "VIEW" -> ForClause.VIEW;
				case "REFERENCE" -> ForClause.REFERENCE;
				default -> throw this.cursor.unexpected("VIEW, REFERENCE or UPDATE");
			};
			this.cursor.next();
		}
		UpdateClause update = null;
		if (at(UPDATE, "UPDATE")) {
			update = switch (this.cursor.peek().upperText()) {
				case "TRACKING" -> UpdateClause.TRACKING;
				case "VIEWSTAT" -> UpdateClause.VIEWSTAT;
				default -> throw this.cursor.unexpected("TRACKING or VIEWSTAT");
			};
			this.cursor.next();
		}
		boolean forUpdate = at(FOR_UPDATE, "FOR");
		if (forUpdate) {
			this.cursor.expectKeyword("UPDATE");
		}
		boolean allRows = at(ALL_ROWS, "ALL");
		if (allRows) {
			this.cursor.expectKeyword("ROWS");
		}
		boolean top = this.context == SoqlParser.Context.TOP;
		if (!this.cursor.at(top ? SoqlToken.Type.END : SoqlToken.Type.RIGHT_PAREN)) {
			throw this.cursor.unexpected(expected(groupBy != null));
		}
		return new Select(items, from, scope, where, with, groupBy, having, orderBy, limit, offset, forClause, update,
				forUpdate, allRows);
	}

	/**
	 * Consumes the keyword of clause {@code clause} if it is next and may still come.
	 */
	private boolean at(int clause, String keyword) {
		if (this.next > clause || !this.cursor.atKeyword(keyword)) {
			return false;
		}
		this.cursor.next();
		this.next = clause + 1;
		return true;
	}

	private String expected(boolean havingPossible) {
		List<String> names = new ArrayList<>();
		for (int i = this.next; i < NAMES.length; i++) {
			if ((i == HAVING && !havingPossible) || (i == FOR_UPDATE && this.next <= FOR)) {
				continue;
			}
			names.add(NAMES[i]);
		}
		names.add((this.context == SoqlParser.Context.TOP) ? "end of query" : "')'");
		String last = names.remove(names.size() - 1);
		return names.isEmpty() ? last : String.join(", ", names) + " or " + last;
	}

	private FilterScope scope() {
		this.cursor.expectKeyword("SCOPE");
		FilterScope scope = FilterScope.byName(this.cursor.peek().text());
		if (scope == null || !this.cursor.at(SoqlToken.Type.IDENTIFIER)) {
			throw this.cursor.unexpected(
					"a filter scope: delegated, everything, mine, mine_and_my_groups, my_territory, my_team_territory or team");
		}
		this.cursor.next();
		return scope;
	}

	private GroupBy groupBy() {
		this.cursor.expectKeyword("BY");
		GroupBy.Type type = GroupBy.Type.PLAIN;
		if ((this.cursor.atKeyword("ROLLUP") || this.cursor.atKeyword("CUBE"))
				&& this.cursor.peek(1).is(SoqlToken.Type.LEFT_PAREN)) {
			type = this.cursor.atKeyword("ROLLUP") ? GroupBy.Type.ROLLUP : GroupBy.Type.CUBE;
			this.cursor.next();
			this.cursor.next();
		}
		List<Expression> keys = new ArrayList<>();
		do {
			keys.add(this.parser.expression(false, "a field or a function"));
		}
		while (this.cursor.accept(SoqlToken.Type.COMMA));
		if (type != GroupBy.Type.PLAIN) {
			this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "',' or ')'");
		}
		return new GroupBy(type, keys);
	}

	private List<OrderItem> orderBy() {
		this.cursor.expectKeyword("BY");
		List<OrderItem> items = new ArrayList<>();
		do {
			Expression expression = this.parser.expression(false, "a field or a function");
			OrderItem.Direction direction = null;
			if (this.cursor.acceptKeyword("ASC")) {
				direction = OrderItem.Direction.ASC;
			}
			else if (this.cursor.acceptKeyword("DESC")) {
				direction = OrderItem.Direction.DESC;
			}
			OrderItem.Nulls nulls = null;
			if (this.cursor.acceptKeyword("NULLS")) {
				if (this.cursor.acceptKeyword("FIRST")) {
					nulls = OrderItem.Nulls.FIRST;
				}
				else if (this.cursor.acceptKeyword("LAST")) {
					nulls = OrderItem.Nulls.LAST;
				}
				else {
					throw this.cursor.unexpected("FIRST or LAST");
				}
			}
			items.add(new OrderItem(expression, direction, nulls));
		}
		while (this.cursor.accept(SoqlToken.Type.COMMA));
		return items;
	}

}
