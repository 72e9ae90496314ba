package io.financialforce.soql;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The scopes of {@code USING SCOPE}.
 */
public enum FilterScope {

	/** Records delegated to the user. */
	DELEGATED,
	/** All records the user can see. */
	EVERYTHING,
	/** Records the user owns. */
	MINE,
	/** Records the user or the user's queues own. */
	MINE_AND_MY_GROUPS,
	/** Records in the user's territory. */
	MY_TERRITORY,
	/** Records in the territories of the user's team. */
	MY_TEAM_TERRITORY,
	/** Records of the user's team. */
	TEAM;

	/**
	 * The scope of that name, in any case.
	 * @param name a scope as written
	 * @return the scope, or {@code null} if there is none of that name
	 */
	public static @Nullable FilterScope byName(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
