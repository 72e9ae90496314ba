package io.financialforce.soql;

import java.util.List;

/**
 * The {@code WITH} clause: a security mode, or a data category filter.
 */
public sealed interface WithClause {

	/**
	 * {@code WITH SECURITY_ENFORCED}, {@code WITH USER_MODE} or {@code WITH SYSTEM_MODE}.
	 *
	 * @param mode the mode
	 */
	record Security(SecurityMode mode) implements WithClause {

		public Security {
			SoqlChecks.notNull(mode, "mode");
		}

	}

	/**
	 * {@code WITH DATA CATEGORY Geography__c AT (usa__c, uk__c) AND Product__c BELOW phones__c}.
	 *
	 * @param filters the category filters joined by {@code AND}, at least one
	 */
	record DataCategory(List<CategoryFilter> filters) implements WithClause {

		public DataCategory {
			filters = List.copyOf(SoqlChecks.notNull(filters, "filters"));
			if (filters.isEmpty()) {
				throw new IllegalArgumentException("WITH DATA CATEGORY needs at least one filter");
			}
		}

	}

	/**
	 * One data category filter: {@code group selector categories}.
	 *
	 * @param group the data category group
	 * @param selector how categories are matched
	 * @param categories the categories, at least one (parenthesised when more than one)
	 */
	record CategoryFilter(String group, CategorySelector selector, List<String> categories) {

		public CategoryFilter {
			SoqlChecks.identifier(group, "data category group");
			SoqlChecks.notNull(selector, "selector");
			categories = List.copyOf(SoqlChecks.notNull(categories, "categories"));
			if (categories.isEmpty()) {
				throw new IllegalArgumentException("A data category filter needs at least one category");
			}
			categories.forEach((category) -> SoqlChecks.identifier(category, "data category"));
		}

	}

	/**
	 * The security modes of {@code WITH}.
	 */
	enum SecurityMode {

		/** {@code SECURITY_ENFORCED}. */
		SECURITY_ENFORCED,
		/** {@code USER_MODE}. */
		USER_MODE,
		/** {@code SYSTEM_MODE}. */
		SYSTEM_MODE

	}

	/**
	 * Data category selectors.
	 */
	enum CategorySelector {

		/** {@code AT}. */
		AT,
		/** {@code ABOVE}. */
		ABOVE,
		/** {@code BELOW}. */
		BELOW,
		/** {@code ABOVE_OR_BELOW}. */
		ABOVE_OR_BELOW

	}

}
