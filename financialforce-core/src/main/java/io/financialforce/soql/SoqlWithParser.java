package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code WITH} clause for {@link SoqlParser}: a security mode or {@code DATA CATEGORY} filters.
 */
final class SoqlWithParser {

	private SoqlWithParser() {
	}

	static WithClause with(SoqlTokenCursor cursor) {
		SoqlToken token = cursor.peek();
		switch (token.upperText()) {
			case "SECURITY_ENFORCED":
				cursor.next();
				return new WithClause.Security(WithClause.SecurityMode.SECURITY_ENFORCED);
			case "USER_MODE":
				cursor.next();
				return new WithClause.Security(WithClause.SecurityMode.USER_MODE);
			case "SYSTEM_MODE":
				cursor.next();
				return new WithClause.Security(WithClause.SecurityMode.SYSTEM_MODE);
			case "DATA":
				if (token.is(SoqlToken.Type.IDENTIFIER)) {
					cursor.next();
					cursor.expectKeyword("CATEGORY");
					return dataCategory(cursor);
				}
				throw cursor.unexpected("SECURITY_ENFORCED, USER_MODE, SYSTEM_MODE or DATA CATEGORY");
			default:
				throw cursor.unexpected("SECURITY_ENFORCED, USER_MODE, SYSTEM_MODE or DATA CATEGORY");
		}
	}

	private static WithClause dataCategory(SoqlTokenCursor cursor) {
		List<WithClause.CategoryFilter> filters = new ArrayList<>();
		do {
			String group = cursor.expect(SoqlToken.Type.IDENTIFIER, "a data category group").text();
			WithClause.CategorySelector selector = switch (cursor.peek().upperText()) {
				case "AT" -> WithClause.CategorySelector.AT;
				case "ABOVE" -> WithClause.CategorySelector.ABOVE;
				case "BELOW" -> WithClause.CategorySelector.BELOW;
				case "ABOVE_OR_BELOW" -> WithClause.CategorySelector.ABOVE_OR_BELOW;
				default -> throw cursor.unexpected("AT, ABOVE, BELOW or ABOVE_OR_BELOW");
			};
			cursor.next();
			List<String> categories = new ArrayList<>();
			if (cursor.accept(SoqlToken.Type.LEFT_PAREN)) {
				do {
					categories.add(cursor.expect(SoqlToken.Type.IDENTIFIER, "a data category").text());
				}
				while (cursor.accept(SoqlToken.Type.COMMA));
				cursor.expect(SoqlToken.Type.RIGHT_PAREN, "',' or ')'");
			}
			else {
				categories.add(cursor.expect(SoqlToken.Type.IDENTIFIER, "a data category or '('").text());
			}
			filters.add(new WithClause.CategoryFilter(group, selector, categories));
		}
		while (cursor.acceptKeyword("AND"));
		return new WithClause.DataCategory(filters);
	}

}
