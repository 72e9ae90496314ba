package io.financialforce.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.mapping.SoqlValues;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.Condition;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.From;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.LikePattern;
import io.financialforce.soql.Literal;
import io.financialforce.soql.Operand;
import io.financialforce.soql.OrderItem;
import io.financialforce.soql.Select;
import io.financialforce.soql.SelectItem;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;

/**
 * Turns a {@link Query} on a mapped type into the one SOQL {@code SELECT} that answers it: fields of the mapping (or
 * of the projection), parent paths and child subqueries for the relationships the query includes, the criteria as a
 * {@code WHERE} with every value a typed literal, the sort, limit and offset.
 */
final class SelectMapper {

	/** The API's cap on {@code OFFSET}. */
	static final int MAX_OFFSET = 2000;

	private final PropertyPaths paths;

	SelectMapper(PropertyPaths paths) {
		this.paths = paths;
	}

	Select select(Query query, FinancialForcePersistentEntity<?> entity) {
		List<SelectItem> items = new ArrayList<>(items(fields(query, entity)));
		for (String include : query.includes()) {
			items.addAll(include(include, entity));
		}
		return new Select(items, From.of(entity.getObjectName()), null, where(query.criteria(), entity), null, null,
				null, orderBy(query.sort(), entity), query.limit(), offset(query), null, null, false, false);
	}

	/**
	 * The fields a retrieve of one record by id reads: those of {@link #select} for a query without columns and
	 * includes, {@code Id} first.
	 */
	List<String> retrieveFields(FinancialForcePersistentEntity<?> entity) {
		return entityFields(entity, List.of()).stream().map(FieldPath::dotted).toList();
	}

	Select count(Query query, FinancialForcePersistentEntity<?> entity) {
		return new Select(List.of(new SelectItem.Field(FunctionCall.of(SoqlFunction.COUNT), null)),
				From.of(entity.getObjectName()), null, where(query.criteria(), entity), null, null, null, List.of(),
				null, null, null, null, false, false);
	}

	Select exists(Query query, FinancialForcePersistentEntity<?> entity) {
		return new Select(List.of(new SelectItem.Field(FieldPath.of("Id"), null)), From.of(entity.getObjectName()),
				null, where(query.criteria(), entity), null, null, null, List.of(), 1, null, null, null, false, false);
	}

	@Nullable Condition where(Criteria criteria, FinancialForcePersistentEntity<?> entity) {
		if (criteria instanceof Criteria.Predicate predicate) {
			return comparison(predicate, entity);
		}
		if (criteria instanceof Criteria.Group group) {
			List<Condition> parts = group.parts().stream().map((part) -> where(part, entity)).toList();
			return (group.combinator() == Criteria.Combinator.AND) ? new Condition.And(parts)
					: new Condition.Or(parts);
		}
		if (criteria instanceof Criteria.Negation negation) {
			return new Condition.Not(where(negation.criteria(), entity));
		}
		return null;
	}

	private Condition comparison(Criteria.Predicate predicate, FinancialForcePersistentEntity<?> entity) {
		FieldPath field = this.paths.fieldPath(predicate.key(), entity);
		Class<?> type = this.paths.valueType(predicate.key(), entity);
		if (!ValueTypes.fits(type, predicate.value())) {
			Object value = predicate.value();
			throw new InvalidDataAccessApiUsageException("'" + predicate.key() + "' of "
					+ PropertyPaths.describe(entity) + " holds " + type.getSimpleName() + " values; it cannot be"
					+ " compared with the " + value.getClass().getSimpleName() + " '" + value + "'");
		}
		return new Condition.Comparison(field, predicate.operator(), operand(predicate));
	}

	private static Operand operand(Criteria.Predicate predicate) {
		Object value = predicate.value();
		if (value instanceof Select subselect) {
			return new Operand.SubSelect(subselect);
		}
		if (value instanceof Operand operand) {
			return operand;
		}
		ComparisonOperator operator = predicate.operator();
		if (operator == ComparisonOperator.LIKE) {
			return new LikePattern(String.valueOf(SoqlValues.toSoqlValue(value)));
		}
		Object converted = SoqlValues.toSoqlValue(value);
		if (operator == ComparisonOperator.IN || operator == ComparisonOperator.NOT_IN
				|| operator == ComparisonOperator.INCLUDES || operator == ComparisonOperator.EXCLUDES) {
			Collection<?> values = (converted instanceof Collection<?> collection) ? collection : List.of(converted);
			return new Operand.ValueList(values.stream().map(Literal::of).toList());
		}
		if (converted instanceof Collection<?>) {
			throw new InvalidDataAccessApiUsageException("'" + predicate.key() + "' " + operator.symbol()
					+ " cannot take a collection; use in(...) for a list of values");
		}
		return Literal.of(converted);
	}

	private List<FieldPath> fields(Query query, FinancialForcePersistentEntity<?> entity) {
		if (query.columns().isEmpty()) {
			return entityFields(entity, List.of());
		}
		List<FieldPath> fields = new ArrayList<>();
		fields.add(FieldPath.of("Id"));
		query.columns().forEach((column) -> fields.add(this.paths.fieldPath(column, entity)));
		if (entity.hasMoneyProperty()) {
			fields.add(FieldPath.of(FinancialForcePersistentEntity.CURRENCY_ISO_CODE));
		}
		return distinct(fields);
	}

	private List<SelectItem> include(String include, FinancialForcePersistentEntity<?> entity) {
		PropertyPaths.Resolved resolved = this.paths.resolve(include, entity);
		FinancialForcePersistentProperty property = resolved.property();
		if (!property.isRelationship()) {
			throw new InvalidDataAccessApiUsageException("'" + include + "' of " + PropertyPaths.describe(entity)
					+ " is not a relationship; include(...) takes parent references and child collections");
		}
		FinancialForcePersistentEntity<?> related = this.paths.related(property);
		if (property.isChildCollection()) {
			if (!resolved.relationships().isEmpty()) {
				throw new InvalidDataAccessApiUsageException("'" + include
						+ "': child collections can be included only on the queried type itself");
			}
			Select subquery = new Select(items(entityFields(related, List.of())), From.of(property.getFieldName()),
					null, null, null, null, null, List.of(), null, null, null, null, false, false);
			return List.of(new SelectItem.Subquery(subquery));
		}
		List<String> prefix = new ArrayList<>(resolved.relationships());
		prefix.add(property.getFieldName());
		return items(entityFields(related, prefix));
	}

	/**
	 * The fields that read an entity without its relationships, {@code Id} first, each behind {@code prefix}.
	 */
	private static List<FieldPath> entityFields(FinancialForcePersistentEntity<?> entity, List<String> prefix) {
		List<FieldPath> fields = new ArrayList<>();
		fields.add(prefixed(prefix, "Id"));
		entity.getFieldNames().forEach((name) -> fields.add(prefixed(prefix, name)));
		return distinct(fields);
	}

	private static FieldPath prefixed(List<String> prefix, String name) {
		List<String> segments = new ArrayList<>(prefix);
		segments.add(name);
		return new FieldPath(segments);
	}

	private static List<FieldPath> distinct(List<FieldPath> fields) {
		Set<String> seen = new LinkedHashSet<>();
		return fields.stream().filter((field) -> seen.add(field.dotted().toLowerCase(Locale.ROOT))).toList();
	}

	private static List<SelectItem> items(List<FieldPath> fields) {
		return fields.stream().<SelectItem>map((field) -> new SelectItem.Field(field, null)).toList();
	}

	private List<OrderItem> orderBy(Sort sort, FinancialForcePersistentEntity<?> entity) {
		List<OrderItem> items = new ArrayList<>();
		for (Sort.Order order : sort) {
			OrderItem.Nulls nulls = switch (order.getNullHandling()) {
				case NULLS_FIRST -> OrderItem.Nulls.FIRST;
				case NULLS_LAST -> OrderItem.Nulls.LAST;
				default -> null;
			};
			items.add(new OrderItem(this.paths.fieldPath(order.getProperty(), entity),
					order.isAscending() ? OrderItem.Direction.ASC : OrderItem.Direction.DESC, nulls));
		}
		return items;
	}

	private static @Nullable Integer offset(Query query) {
		if (query.offset() == 0) {
			return null;
		}
		if (query.offset() > MAX_OFFSET) {
			throw new InvalidDataAccessApiUsageException("Offset " + query.offset() + " is past the API's OFFSET"
					+ " limit of " + MAX_OFFSET + "; read further with keyset scrolling (a repository Window with a"
					+ " ScrollPosition, or a criteria on the sort keys and Id)");
		}
		return (int) query.offset();
	}

}
