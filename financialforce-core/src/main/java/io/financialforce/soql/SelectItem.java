package io.financialforce.soql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a select list.
 */
public sealed interface SelectItem {

	/**
	 * A field path or function call, optionally aliased: {@code Account.Name}, {@code SUM(c2g__NetTotal__c) total}.
	 *
	 * @param expression a {@link FieldPath} or {@link FunctionCall}
	 * @param alias the alias, if any
	 */
	record Field(Expression expression, @Nullable String alias) implements SelectItem {

		public Field {
			SoqlChecks.notNull(expression, "expression");
			if (expression instanceof Literal) {
				throw new IllegalArgumentException("A select item must be a field or a function, not a literal");
			}
			if (alias != null) {
				SoqlChecks.identifier(alias, "alias");
			}
		}

	}

	/**
	 * A child-relationship subquery: {@code (SELECT Id FROM c2g__InvoiceLineItems__r)}.
	 *
	 * @param select the subquery; its {@code FROM} names the child relationship
	 */
	record Subquery(Select select) implements SelectItem {

		public Subquery {
			SoqlChecks.notNull(select, "select");
		}

	}

	/**
	 * A polymorphic selection: {@code TYPEOF What WHEN Account THEN Phone ELSE Name END}.
	 *
	 * @param field the polymorphic relationship
	 * @param whens the {@code WHEN} branches, at least one
	 * @param elseFields the {@code ELSE} fields, possibly empty
	 */
	record TypeOf(FieldPath field, List<When> whens, List<FieldPath> elseFields) implements SelectItem {

		public TypeOf {
			SoqlChecks.notNull(field, "field");
			whens = List.copyOf(SoqlChecks.notNull(whens, "whens"));
			elseFields = List.copyOf(SoqlChecks.notNull(elseFields, "elseFields"));
			if (whens.isEmpty()) {
				throw new IllegalArgumentException("TYPEOF needs at least one WHEN");
			}
		}

	}

	/**
	 * One {@code WHEN type THEN fields} branch of a {@link TypeOf}.
	 *
	 * @param type the object type
	 * @param fields the fields selected for that type, at least one
	 */
	record When(String type, List<FieldPath> fields) {

		public When {
			SoqlChecks.identifier(type, "object name");
			fields = List.copyOf(SoqlChecks.notNull(fields, "fields"));
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("WHEN " + type + " needs at least one field after THEN");
			}
		}

	}

	/**
	 * {@code FIELDS(ALL)}, {@code FIELDS(STANDARD)} or {@code FIELDS(CUSTOM)}.
	 *
	 * @param kind which fields
	 */
	record Fields(FieldsKind kind) implements SelectItem {

		public Fields {
			SoqlChecks.notNull(kind, "kind");
		}

	}

	/**
	 * The argument of {@code FIELDS(...)}.
	 */
	enum FieldsKind {

		/** All fields. */
		ALL,
		/** Standard fields. */
		STANDARD,
		/** Custom fields. */
		CUSTOM

	}

}
