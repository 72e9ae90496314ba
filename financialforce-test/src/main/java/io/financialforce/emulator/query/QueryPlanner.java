package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.financialforce.emulator.query.QueryDataSource.ObjectRow;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.Condition;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.Literal;
import io.financialforce.soql.Operand;
import io.financialforce.soql.OrderItem;
import io.financialforce.soql.Select;
import io.financialforce.soql.SelectItem;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks a query against the org's metadata and plans it; the plan runs only once the whole query is valid.
 */
final class QueryPlanner {

	static final int MAX_OFFSET = 2000;

	static final int MAX_FIELDS_LIMIT = 200;

	private final QueryDataSource data;

	private final Dates dates;

	private final String sobjectsUrl;

	private final boolean includeDeleted;

	QueryPlanner(QueryDataSource data, Dates dates, String sobjectsUrl, boolean includeDeleted) {
		this.data = data;
		this.dates = dates;
		this.sobjectsUrl = sobjectsUrl;
		this.includeDeleted = includeDeleted;
	}

	Supplier<QueryResult> plan(Select select) {
		ObjectInfo object = FieldRef.object(this.data, select.from().name());
		checkOffset(select);
		RowTerms terms = new RowTerms(this.data, object, select.from().alias(), this.dates);
		boolean countOnly = select.items().stream().anyMatch(QueryPlanner::isCountAll);
		if (countOnly && select.items().size() != 1) {
			throw QueryErrors.malformed("COUNT() must be the only element in the SELECT list");
		}
		Predicate<Row> where = where(select, terms, true);
		List<String> ids = (select.where() != null) ? idLookups(select.where(), terms) : null;
		Supplier<Stream<Row>> source = () -> source(object, ids);
		boolean aggregate = countOnly || select.groupBy() != null || select.items().stream()
			.anyMatch((item) -> item instanceof SelectItem.Field field && Aggregate.isAggregate(field.expression()));
		if (!aggregate) {
			RowQuery query = rowQuery(select, terms, where);
			return () -> query.result(query.rows(source.get()));
		}
		Aggregation aggregation = new Aggregation(select, terms, countOnly);
		if (countOnly && select.groupBy() == null) {
			int offset = (select.offset() != null) ? select.offset() : 0;
			Integer limit = select.limit();
			return () -> {
				long count = filter(source.get(), where).count();
				long size = Math.max(0, count - offset);
				return RowQuery.fixed((int) ((limit != null) ? Math.min(size, limit) : size), List.of());
			};
		}
		return () -> {
			List<Aggregation.Group> groups = aggregation.groups(filter(source.get(), where).toList());
			return countOnly ? RowQuery.fixed(groups.size(), List.of())
					: RowQuery.fixed(groups.size(), groups.stream().map(aggregation::record).toList());
		};
	}

	private static Stream<Row> filter(Stream<Row> rows, @Nullable Predicate<Row> where) {
		return (where != null) ? rows.filter(where) : rows;
	}

	private static boolean isCountAll(SelectItem item) {
		return item instanceof SelectItem.Field field && field.expression() instanceof FunctionCall call
				&& call.function() == SoqlFunction.COUNT && call.arguments().isEmpty();
	}

	private static void checkOffset(Select select) {
		if (select.offset() != null && select.offset() > MAX_OFFSET) {
			throw QueryErrors.offsetTooLarge();
		}
	}

	private @Nullable Predicate<Row> where(Select select, RowTerms terms, boolean semiJoinsAllowed) {
		if (select.where() == null) {
			return null;
		}
		Function<Operand.SubSelect, Supplier<Set<Object>>> semiJoins = semiJoinsAllowed ? this::semiJoin
				: (subSelect) -> {
					throw QueryErrors.malformed("Nesting of semi join sub-selects is not supported");
				};
		return new Filters<Row>((expression) -> terms.term(expression, RowTerms.Usage.FILTER), this.dates, semiJoins)
			.compile(select.where());
	}

	private Stream<Row> source(ObjectInfo object, @Nullable List<String> ids) {
		if (ids == null) {
			return this.data.rows(object, this.includeDeleted);
		}
		return ids.stream().map(this.data::row).flatMap(Optional::stream)
			.filter((found) -> found.object().name().equalsIgnoreCase(object.name())
					&& (this.includeDeleted || !found.row().deleted()))
			.map(ObjectRow::row);
	}

	/**
	 * The ids a query is restricted to by {@code Id = '...'} or {@code Id IN (...)} at the top of its WHERE (alone
	 * or in an AND), so rows are looked up by id rather than scanned; {@code null} when there is no such filter.
	 */
	private @Nullable List<String> idLookups(Condition condition, RowTerms terms) {
		if (condition instanceof Condition.And and) {
			for (Condition part : and.conditions()) {
				List<String> ids = idLookups(part, terms);
				if (ids != null) {
					return ids;
				}
			}
			return null;
		}
		if (!(condition instanceof Condition.Comparison comparison) || !(comparison.left() instanceof FieldPath path)) {
			return null;
		}
		FieldRef field = terms.field(path);
		if (!field.hops().isEmpty() || field.type() != FieldType.ID) {
			return null;
		}
		List<Literal> values;
		if (comparison.operator() == ComparisonOperator.EQUALS && comparison.right() instanceof Literal literal) {
			values = List.of(literal);
		}
		else if (comparison.operator() == ComparisonOperator.IN
				&& comparison.right() instanceof Operand.ValueList list) {
			values = list.values();
		}
		else {
			return null;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Literal value : values) {
			if (!(value instanceof Literal.StringValue text) || text.value().length() != 18) {
				return null;
			}
			ids.add(text.value());
		}
		return new ArrayList<>(ids);
	}

	private Supplier<Set<Object>> semiJoin(Operand.SubSelect subSelect) {
		Select inner = subSelect.select();
		ObjectInfo object = FieldRef.object(this.data, inner.from().name());
		if (inner.groupBy() != null) {
			throw QueryErrors.malformed("semi join sub-selects cannot use GROUP BY");
		}
		RowTerms terms = new RowTerms(this.data, object, inner.from().alias(), this.dates);
		SelectItem.Field item = (SelectItem.Field) inner.items().get(0);
		FieldRef field = terms.field((FieldPath) item.expression());
		if (field.type() != FieldType.ID && field.type() != FieldType.REFERENCE) {
			throw QueryErrors.malformed("semi join sub selects can only query id fields, cannot use: '"
					+ field.leaf().name() + "'");
		}
		Predicate<Row> where = where(inner, terms, false);
		Integer limit = inner.limit();
		Supplier<Set<Object>> ids = () -> {
			Stream<Row> rows = filter(this.data.rows(object, false), where);
			Stream<Object> keys = rows.map((row) -> Values.key(field.value(row), FieldType.ID))
				.filter((key) -> key != null);
			return ((limit != null) ? keys.limit(limit) : keys).collect(HashSet::new, Set::add, Set::addAll);
		};
		return memoize(ids);
	}

	private static <T> Supplier<T> memoize(Supplier<T> supplier) {
		Object[] cache = new Object[1];
		return () -> {
			if (cache[0] == null) {
				cache[0] = supplier.get();
			}
			@SuppressWarnings("unchecked")
			T value = (T) cache[0];
			return value;
		};
	}

	private RowQuery rowQuery(Select select, RowTerms terms, @Nullable Predicate<Row> where) {
		Projection projection = new Projection(this.sobjectsUrl);
		Set<String> selected = new HashSet<>();
		for (SelectItem item : Selections.expand(select, terms.object())) {
			String key = new Selections(this, terms, projection).add(item);
			if (!selected.add(key.toLowerCase(Locale.ROOT))) {
				throw QueryErrors.malformed("duplicate field selected: " + key);
			}
		}
		List<Sorting.Key<Row>> keys = new ArrayList<>();
		for (OrderItem item : select.orderBy()) {
			keys.add(Sorting.Key.of(terms.term(item.expression(), RowTerms.Usage.SORT), item));
		}
		return new RowQuery(terms.object(), where, new Sorting<>(keys), select.limit(), select.offset(), projection);
	}

	/**
	 * Plans a child-relationship subquery of a parent object.
	 */
	Projection.Entry childQuery(ObjectInfo parent, Select select) {
		ChildRelationshipInfo relationship = parent.childRelationship(select.from().name())
			.orElseThrow(() -> QueryErrors.unknownChildRelationship(select.from().name()));
		ObjectInfo child = FieldRef.object(this.data, relationship.childObject());
		FieldInfo reference = child.field(relationship.field())
			.orElseThrow(() -> QueryErrors.invalidField(relationship.field(), child.name()));
		if (select.groupBy() != null || select.items().stream()
			.anyMatch((item) -> item instanceof SelectItem.Field field && Aggregate.isAggregate(field.expression()))) {
			throw QueryErrors.malformed("Aggregate queries are not supported in a child relationship subquery: "
					+ relationship.relationshipName());
		}
		checkOffset(select);
		RowTerms terms = new RowTerms(this.data, child, select.from().alias(), this.dates);
		RowQuery query = rowQuery(select, terms, where(select, terms, true));
		String key = relationship.relationshipName();
		return (object, row, record) -> {
			List<Row> rows = query.rows(this.data.children(child, reference, row.id(), this.includeDeleted));
			if (rows.isEmpty()) {
				record.put(key, null);
				return;
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("totalSize", rows.size());
			result.put("done", true);
			result.put("records", rows.stream().map(query::record).toList());
			record.put(key, result);
		};
	}

	QueryDataSource data() {
		return this.data;
	}

	Dates dates() {
		return this.dates;
	}

}
