package io.financialforce.soql;

import org.jspecify.annotations.Nullable;

/**
 * The {@code FROM} clause: an object name ({@code c2g__codaInvoice__c}), or in a child subquery a child relationship
 * name ({@code c2g__InvoiceLineItems__r}), with an optional alias.
 *
 * @param name the object or relationship name, as written
 * @param alias the alias, if any
 */
public record From(String name, @Nullable String alias) {

	public From {
		SoqlChecks.identifier(name, "object name");
		if (alias != null) {
			SoqlChecks.identifier(alias, "alias");
		}
	}

	/**
	 * A {@code FROM} clause without an alias.
	 * @param name the object or relationship name
	 * @return the clause
	 */
	public static From of(String name) {
		return new From(name, null);
	}

}
