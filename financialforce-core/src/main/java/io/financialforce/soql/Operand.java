package io.financialforce.soql;

import java.util.List;

/**
 * The right-hand side of a {@link Condition.Comparison}: a literal, a list of literals, a LIKE pattern, a subselect,
 * or a bind parameter still to be bound.
 */
public sealed interface Operand permits Literal, Operand.ValueList, LikePattern, Operand.SubSelect, BindParameter {

	/**
	 * A parenthesised list of literals, for {@code IN}, {@code NOT IN}, {@code INCLUDES} and {@code EXCLUDES}:
	 * {@code ('Complete', 'In Progress')}.
	 *
	 * @param values the literals, at least one
	 */
	record ValueList(List<Literal> values) implements Operand {

		public ValueList {
			values = List.copyOf(SoqlChecks.notNull(values, "values"));
			if (values.isEmpty()) {
				throw new IllegalArgumentException("A value list needs at least one value");
			}
		}

	}

	/**
	 * A semi-join or anti-join subselect: {@code Id IN (SELECT c2g__Account__c FROM c2g__codaInvoice__c)}.
	 *
	 * @param select the subselect, selecting one id or reference field
	 */
	record SubSelect(Select select) implements Operand {

		public SubSelect {
			SoqlChecks.notNull(select, "select");
			if (select.items().size() != 1 || !(select.items().get(0) instanceof SelectItem.Field field)
					|| !(field.expression() instanceof FieldPath)) {
				throw new IllegalArgumentException("A semi-join subselect selects exactly one id or reference field");
			}
		}

	}

}
