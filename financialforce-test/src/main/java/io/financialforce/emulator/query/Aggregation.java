package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import io.financialforce.soql.Expression;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.GroupBy;
import io.financialforce.soql.OrderItem;
import io.financialforce.soql.Select;
import io.financialforce.soql.SelectItem;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate query: {@code GROUP BY} (plain, {@code ROLLUP}, {@code CUBE}), aggregates, {@code HAVING},
 * {@code ORDER BY}, {@code LIMIT} and {@code OFFSET} over groups, giving {@code AggregateResult} records: grouped
 * fields under their bare name, functions under their alias or {@code expr0}, {@code expr1}, ... in select order.
 */
final class Aggregation {

	private final RowTerms terms;

	private final List<Term<Row>> keys = new ArrayList<>();

	private final List<String> keyNames = new ArrayList<>();

	private final GroupBy.Type type;

	private final List<Aggregate> aggregates = new ArrayList<>();

	private final Map<String, Integer> aggregateIndex = new HashMap<>();

	private final Map<String, Term<Group>> aliases = new HashMap<>();

	private final List<Map.Entry<String, Term<Group>>> columns = new ArrayList<>();

	private @Nullable Predicate<Group> having;

	private Sorting<Group> sorting = new Sorting<>(List.of());

	private final @Nullable Integer limit;

	private final int offset;

	/**
	 * Plans (and checks) an aggregate query.
	 * @param countOnly for {@code SELECT COUNT() ... GROUP BY}: only groups are counted, no records made
	 */
	Aggregation(Select select, RowTerms terms, boolean countOnly) {
		this.terms = terms;
		GroupBy groupBy = select.groupBy();
		this.type = (groupBy != null) ? groupBy.type() : GroupBy.Type.PLAIN;
		if (groupBy != null) {
			for (Expression key : groupBy.keys()) {
				this.keys.add(terms.term(key, RowTerms.Usage.GROUP));
				this.keyNames.add(terms.key(key));
			}
		}
		else if (select.limit() != null && !countOnly) {
			throw QueryErrors.malformed("An aggregate query without GROUP BY cannot have a LIMIT");
		}
		this.limit = select.limit();
		this.offset = (select.offset() != null) ? select.offset() : 0;
		if (!countOnly) {
			int unnamed = 0;
			for (SelectItem item : select.items()) {
				if (!(item instanceof SelectItem.Field field)) {
					throw QueryErrors.malformed("Aggregate queries can only select fields and functions");
				}
				Term<Group> term = groupTerm(field.expression(), "SELECT");
				String name = field.alias();
				if (name == null) {
					name = (field.expression() instanceof FieldPath path) ? terms.field(path).leaf().name()
							: isFormat(field.expression()) ? formatted(field.expression()) : "expr" + unnamed++;
				}
				if (field.alias() != null && this.aliases.put(lower(field.alias()), term) != null) {
					throw QueryErrors.malformed("duplicate alias: " + field.alias());
				}
				this.columns.add(Map.entry(name, term));
			}
		}
		if (select.having() != null) {
			this.having = new Filters<Group>((expression) -> groupTerm(expression, "HAVING"), terms.dates(), null)
				.compile(select.having());
		}
		List<Sorting.Key<Group>> sortKeys = new ArrayList<>();
		for (OrderItem item : select.orderBy()) {
			Term<Group> aliased = (item.expression() instanceof FieldPath path && path.segments().size() == 1)
					? this.aliases.get(lower(path.field())) : null;
			Term<Group> term = (aliased != null) ? aliased : groupTerm(item.expression(), "ORDER BY");
			sortKeys.add(Sorting.Key.of(term, item));
		}
		this.sorting = new Sorting<>(sortKeys);
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static boolean isFormat(Expression expression) {
		return expression instanceof FunctionCall call && call.function().kind() == SoqlFunction.Kind.FORMAT;
	}

	private String formatted(Expression expression) {
		FunctionCall call = (FunctionCall) expression;
		if (call.arguments().size() == 1 && call.arguments().get(0) instanceof FieldPath path) {
			return this.terms.field(path).leaf().name();
		}
		throw QueryErrors.malformed(call.function().soqlName() + "() takes exactly one field");
	}

	/** A term read from a group: a grouped expression, an aggregate, or {@code GROUPING(f)}. */
	private Term<Group> groupTerm(Expression expression, String clause) {
		if (Aggregate.isAggregate(expression)) {
			FunctionCall call = (FunctionCall) expression;
			String key = this.terms.key(call);
			Integer index = this.aggregateIndex.get(key);
			if (index == null) {
				index = this.aggregates.size();
				this.aggregates.add(Aggregate.of(call, this.terms));
				this.aggregateIndex.put(key, index);
			}
			int slot = index;
			return new Term<>((group) -> group.aggregates[slot], this.aggregates.get(slot).type(),
					Expressions.display(call));
		}
		if (expression instanceof FunctionCall call && call.function() == SoqlFunction.GROUPING) {
			int slot = grouped(call.arguments().isEmpty() ? call : call.arguments().get(0));
			if (this.type == GroupBy.Type.PLAIN) {
				throw QueryErrors.malformed("GROUPING() needs GROUP BY ROLLUP or GROUP BY CUBE");
			}
			return new Term<>((group) -> group.rolledUp[slot] ? 1 : 0, FieldType.INT, Expressions.display(call));
		}
		if (isFormat(expression)) {
			FunctionCall call = (FunctionCall) expression;
			int slot = grouped(call.arguments().get(0));
			FieldRef field = this.terms.field((FieldPath) call.arguments().get(0));
			Function<@Nullable Object, @Nullable Object> format = Formats.of(call.function(), field.leaf(),
					this.terms.dates());
			return new Term<>((group) -> format.apply(group.values[slot]), FieldType.STRING, Expressions.display(call));
		}
		int slot = grouped(expression);
		return new Term<>((group) -> group.values[slot], this.keys.get(slot).type(), Expressions.display(expression));
	}

	private int grouped(Expression expression) {
		int slot = this.keyNames.indexOf(this.terms.key(expression));
		if (slot < 0) {
			throw QueryErrors.malformed("Field must be grouped or aggregated: " + Expressions.display(expression));
		}
		return slot;
	}

	/** The groups of the rows, filtered by HAVING, sorted, cut by OFFSET and LIMIT. */
	List<Group> groups(List<Row> rows) {
		List<Group> groups = new Grouping(this.keys, this.type).groups(rows);
		for (Group group : groups) {
			group.aggregates = new Object[this.aggregates.size()];
			for (int i = 0; i < group.aggregates.length; i++) {
				group.aggregates[i] = this.aggregates.get(i).compute(group.rows);
			}
		}
		if (this.having != null) {
			groups = groups.stream().filter(this.having).toList();
		}
		Integer wanted = (this.limit != null) ? this.offset + this.limit : null;
		List<Group> sorted = this.sorting.sort(groups, wanted);
		int from = Math.min(this.offset, sorted.size());
		int to = (wanted != null) ? Math.min(wanted, sorted.size()) : sorted.size();
		return sorted.subList(from, Math.max(from, to));
	}

	Map<String, Object> record(Group group) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("attributes", Map.of("type", "AggregateResult"));
		for (Map.Entry<String, Term<Group>> column : this.columns) {
			record.put(column.getKey(), column.getValue().read(group));
		}
		@SuppressWarnings("NullAway")
		Map<String, Object> result = record;
		return result;
	}

	/**
	 * One group: its key values (original case, {@code null} where rolled up) and rows.
	 */
	static final class Group {

		final @Nullable Object[] values;

		final boolean[] rolledUp;

		final List<Row> rows = new ArrayList<>();

		final List<@Nullable Object> key;

		@Nullable Object[] aggregates = new Object[0];

		Group(@Nullable Object[] values, boolean[] rolledUp, List<@Nullable Object> key) {
			this.values = values;
			this.rolledUp = rolledUp;
			this.key = key;
		}

	}

}
