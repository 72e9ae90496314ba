package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.financialforce.emulator.query.QueryDataSource.ObjectRow;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.Select;
import io.financialforce.soql.SelectItem;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * Adds the items of a (non-aggregate) select list to a projection: fields and parent paths, {@code toLabel},
 * {@code FORMAT} and {@code convertCurrency}, child subqueries and {@code TYPEOF}.
 */
final class Selections {

	private final QueryPlanner planner;

	private final RowTerms terms;

	private final Projection projection;

	Selections(QueryPlanner planner, RowTerms terms, Projection projection) {
		this.planner = planner;
		this.terms = terms;
		this.projection = projection;
	}

	/**
	 * The select list with {@code FIELDS(ALL|STANDARD|CUSTOM)} expanded to the object's fields.
	 */
	static List<SelectItem> expand(Select select, ObjectInfo object) {
		List<SelectItem> items = new ArrayList<>();
		for (SelectItem item : select.items()) {
			if (!(item instanceof SelectItem.Fields fields)) {
				items.add(item);
				continue;
			}
			if (fields.kind() != SelectItem.FieldsKind.STANDARD
					&& (select.limit() == null || select.limit() > QueryPlanner.MAX_FIELDS_LIMIT)) {
				throw QueryErrors.malformed("The SOQL FIELDS function must have a LIMIT of at most "
						+ QueryPlanner.MAX_FIELDS_LIMIT);
			}
			for (FieldInfo field : object.fields()) {
				boolean wanted = switch (fields.kind()) {
					case ALL -> true;
					case CUSTOM -> field.custom();
					case STANDARD -> !field.custom();
				};
				if (wanted) {
					items.add(new SelectItem.Field(FieldPath.of(field.name()), null));
				}
			}
		}
		return items;
	}

	/**
	 * Adds one item.
	 * @return the key under which it is selected, to find duplicates
	 */
	String add(SelectItem item) {
		if (item instanceof SelectItem.Subquery subquery) {
			this.projection.root().add(this.planner.childQuery(this.terms.object(), subquery.select()));
			return "(" + subquery.select().from().name() + ")";
		}
		if (item instanceof SelectItem.TypeOf typeOf) {
			return typeOf(typeOf);
		}
		SelectItem.Field field = (SelectItem.Field) item;
		if (field.expression() instanceof FieldPath path) {
			if (field.alias() != null) {
				throw QueryErrors.malformed("Only aggregate expressions use field aliasing");
			}
			FieldRef ref = this.terms.field(path);
			nodeOf(this.projection.root(), ref).field(ref.leaf().name(), ref, Function.identity());
			return ref.canonical();
		}
		FunctionCall call = (FunctionCall) field.expression();
		if (call.function().kind() != SoqlFunction.Kind.FORMAT || call.function() == SoqlFunction.CONVERT_TIMEZONE) {
			throw QueryErrors.malformed("Field must be grouped or aggregated: " + Expressions.display(call));
		}
		if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof FieldPath path)) {
			throw QueryErrors.malformed(call.function().soqlName() + "() takes exactly one field");
		}
		FieldRef ref = this.terms.field(path);
		Function<@Nullable Object, @Nullable Object> format = Formats.of(call.function(), ref.leaf(),
				this.terms.dates());
		if (field.alias() == null) {
			nodeOf(this.projection.root(), ref).field(ref.leaf().name(), ref, format);
			return ref.canonical();
		}
		String alias = field.alias();
		this.projection.root().add((object, row, record) -> record.put(alias, format.apply(ref.value(row))));
		return alias;
	}

	private Projection.Node nodeOf(Projection.Node root, FieldRef ref) {
		Projection.Node node = root;
		for (FieldInfo hop : ref.hops()) {
			node = node.parent(hop, this.planner.data());
		}
		return node;
	}

	private String typeOf(SelectItem.TypeOf typeOf) {
		QueryDataSource data = this.planner.data();
		ObjectInfo object = this.terms.object();
		String relationship = typeOf.field().dotted();
		FieldInfo reference = object.parentRelationship(relationship)
			.orElseThrow(() -> QueryErrors.unknownParentRelationship(relationship));
		Map<String, Projection.Node> whens = new HashMap<>();
		for (SelectItem.When when : typeOf.whens()) {
			String type = reference.referenceTo().stream().filter(when.type()::equalsIgnoreCase).findFirst()
				.orElseThrow(() -> QueryErrors.malformed("TYPEOF " + relationship + ": '" + when.type()
						+ "' is not one of the types it can refer to: " + reference.referenceTo()));
			ObjectInfo typeObject = FieldRef.object(data, type);
			Projection.Node node = this.projection.new Node();
			for (FieldPath path : when.fields()) {
				FieldRef ref = FieldRef.resolve(data, typeObject, null, path);
				nodeOf(node, ref).field(ref.leaf().name(), ref, Function.identity());
			}
			whens.put(type.toLowerCase(Locale.ROOT), node);
		}
		Projection.Node otherwise = this.projection.new Node();
		for (FieldPath path : typeOf.elseFields()) {
			List<String> segments = new ArrayList<>();
			segments.add(reference.relationshipName());
			segments.addAll(path.segments());
			FieldRef ref = this.terms.field(new FieldPath(segments));
			otherwise.field(ref.leaf().name(), ref, Function.identity());
		}
		String key = reference.relationshipName();
		this.projection.root().add((owner, row, record) -> {
			ObjectRow parent = Projection.lookup(data, row.value(reference));
			if (parent == null) {
				record.put(key, null);
				return;
			}
			Projection.Node node = whens.getOrDefault(parent.object().name().toLowerCase(Locale.ROOT), otherwise);
			record.put(key, node.render(parent.object(), parent.row()));
		});
		return key;
	}

}
