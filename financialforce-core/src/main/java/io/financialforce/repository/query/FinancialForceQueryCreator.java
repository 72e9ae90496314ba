package io.financialforce.repository.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.mapping.PicklistEnum;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.parser.AbstractQueryCreator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.util.ObjectUtils;

/**
 * Builds the {@link Query} of a derived query method from its {@link PartTree}: each part becomes one predicate on
 * its property path ({@code account.name} for {@code findByAccount_Name}), parts combine with {@code AND} and
 * {@code OR}, and the method's sort and the dynamic {@code Sort} become the query's sort.
 * <p>
 * One switch ({@link #predicateFor}) decides what each keyword means in SOQL; keywords with no SOQL form fail there,
 * which the repository calls when it is created, so an unsupported method fails at start-up. {@code IgnoreCase} is
 * accepted as is: SOQL compares text case-insensitively.
 */
public final class FinancialForceQueryCreator extends AbstractQueryCreator<Query, Criteria> {

	private final FinancialForceMappingContext mappingContext;

	private final String idProperty;

	/**
	 * Creates the query creator of one invocation.
	 * @param tree the method's part tree
	 * @param accessor the invocation's arguments
	 * @param mappingContext the mapping context, to compare parent references by their ids
	 * @param idProperty the name of the id property (used to express "matches nothing" for an empty {@code IN})
	 */
	public FinancialForceQueryCreator(PartTree tree, ParameterAccessor accessor,
			FinancialForceMappingContext mappingContext, String idProperty) {
		super(tree, accessor);
		this.mappingContext = mappingContext;
		this.idProperty = idProperty;
	}

	@Override
	protected Criteria create(Part part, Iterator<Object> values) {
		Iterator<Object> arguments = isParentReference(part) ? ids(values) : values;
		return predicateFor(part).create(part.getProperty().toDotPath(), this.idProperty, arguments);
	}

	private boolean isParentReference(Part part) {
		FinancialForcePersistentProperty leaf = this.mappingContext.getPersistentPropertyPath(part.getProperty())
			.getLeafProperty();
		return leaf != null && leaf.isParentReference();
	}

	/**
	 * The arguments compared with a parent reference, entities replaced by their ids: a parent reference is compared
	 * through its reference field ({@code findByAccount(account)} is {@code AccountId = '001...'}).
	 */
	private Iterator<Object> ids(Iterator<Object> values) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return values.hasNext();
			}

			@Override
			public @Nullable Object next() {
				return idOf(values.next());
			}

		};
	}

	private @Nullable Object idOf(@Nullable Object value) {
		if (value == null || value instanceof CharSequence) {
			return value;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(this::idOf).toList();
		}
		Object id = this.mappingContext.getRequiredPersistentEntity(value.getClass())
			.getIdentifierAccessor(value)
			.getIdentifier();
		if (id == null) {
			throw new InvalidDataAccessApiUsageException("A " + value.getClass().getSimpleName()
					+ " compared as a parent reference must have an id; save it first");
		}
		return id;
	}

	@Override
	protected Criteria and(Part part, Criteria base, Iterator<Object> values) {
		return base.and(create(part, values));
	}

	@Override
	protected Criteria or(Criteria base, Criteria criteria) {
		return base.or(criteria);
	}

	@Override
	protected Query complete(@Nullable Criteria criteria, Sort sort) {
		return Query.query((criteria != null) ? criteria : Criteria.empty()).sort(sort);
	}

	/**
	 * What a part means in SOQL.
	 * @param part a part of a derived query method's name
	 * @return the predicate it builds
	 * @throws InvalidDataAccessApiUsageException if its keyword has no SOQL form on that property
	 */
	static PartPredicate predicateFor(Part part) {
		boolean multiPicklist = part.getProperty().getLeafProperty().isCollection();
		switch (part.getType()) {
			case SIMPLE_PROPERTY:
				return (key, id, values) -> Criteria.where(key).is(values.next());
			case NEGATING_SIMPLE_PROPERTY:
				return (key, id, values) -> Criteria.where(key).not(values.next());
			case BETWEEN:
				return (key, id, values) -> Criteria.where(key).between(required(values.next(), key),
						required(values.next(), key));
			case LESS_THAN, BEFORE:
				return (key, id, values) -> Criteria.where(key).lessThan(required(values.next(), key));
			case LESS_THAN_EQUAL:
				return (key, id, values) -> Criteria.where(key).lessThanOrEquals(required(values.next(), key));
			case GREATER_THAN, AFTER:
				return (key, id, values) -> Criteria.where(key).greaterThan(required(values.next(), key));
			case GREATER_THAN_EQUAL:
				return (key, id, values) -> Criteria.where(key).greaterThanOrEquals(required(values.next(), key));
			case IS_NULL:
				return (key, id, values) -> Criteria.where(key).isNull();
			case IS_NOT_NULL:
				return (key, id, values) -> Criteria.where(key).isNotNull();
			case LIKE:
				return (key, id, values) -> Criteria.where(key).like(text(values.next(), key));
			case NOT_LIKE:
				return (key, id, values) -> Criteria.where(key).notLike(text(values.next(), key));
			case STARTING_WITH:
				return (key, id, values) -> Criteria.where(key).startsWith(text(values.next(), key));
			case ENDING_WITH:
				return (key, id, values) -> Criteria.where(key).endsWith(text(values.next(), key));
			case CONTAINING:
				return multiPicklist
						? (key, id, values) -> Criteria.where(key).includes(picklistValues(values.next(), key))
						: (key, id, values) -> Criteria.where(key).contains(text(values.next(), key));
			case NOT_CONTAINING:
				return multiPicklist
						? (key, id, values) -> Criteria.where(key).excludes(picklistValues(values.next(), key))
						: (key, id, values) -> Criteria.where(key).notContains(text(values.next(), key));
			case IN:
				return (key, id, values) -> {
					List<Object> list = list(values.next());
					return list.isEmpty() ? Criteria.where(id).isNull() : Criteria.where(key).in(list);
				};
			case NOT_IN:
				return (key, id, values) -> {
					List<Object> list = list(values.next());
					return list.isEmpty() ? Criteria.where(id).isNotNull() : Criteria.where(key).notIn(list);
				};
			case TRUE:
				return (key, id, values) -> Criteria.where(key).isTrue();
			case FALSE:
				return (key, id, values) -> Criteria.where(key).isFalse();
			case IS_EMPTY:
				if (multiPicklist) {
					return (key, id, values) -> Criteria.where(key).isNull();
				}
				throw unsupported(part, "it applies to multi-select picklists (collection properties) only; "
						+ "use IsNull for other fields (SOQL treats '' as NULL)");
			case IS_NOT_EMPTY:
				if (multiPicklist) {
					return (key, id, values) -> Criteria.where(key).isNotNull();
				}
				throw unsupported(part, "it applies to multi-select picklists (collection properties) only; "
						+ "use IsNotNull for other fields (SOQL treats '' as NULL)");
			case REGEX:
				throw unsupported(part, "SOQL has no regular expressions, only LIKE; "
						+ "use Like, StartingWith, EndingWith or Containing");
			case NEAR, WITHIN:
				throw unsupported(part, "SOQL's geolocation filter needs DISTANCE(...) in a @Query");
			case EXISTS:
				throw unsupported(part, "every mapped field exists on every record; use IsNotNull");
			default:
				throw unsupported(part, "this version does not translate it");
		}
	}

	private static InvalidDataAccessApiUsageException unsupported(Part part, String reason) {
		return new InvalidDataAccessApiUsageException("The keyword " + part.getType().getKeywords()
				+ " on property '" + part.getProperty().toDotPath() + "' has no SOQL form: " + reason);
	}

	private static Object required(@Nullable Object value, String key) {
		if (value == null) {
			throw new InvalidDataAccessApiUsageException(
					"The value compared with '" + key + "' must not be null; use IsNull for null checks");
		}
		return value;
	}

	private static String text(@Nullable Object value, String key) {
		return required(value, key).toString();
	}

	private static List<Object> list(@Nullable Object value) {
		List<Object> list = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			list.addAll(collection);
		}
		else if (value != null && value.getClass().isArray()) {
			list.addAll(List.of(ObjectUtils.toObjectArray(value)));
		}
		else if (value != null) {
			list.add(value);
		}
		if (list.contains(null)) {
			throw new InvalidDataAccessApiUsageException(
					"The values of an IN must not hold null; use IsNull for null checks");
		}
		return list;
	}

	private static String[] picklistValues(@Nullable Object value, String key) {
		List<Object> list = list(required(value, key));
		if (list.isEmpty()) {
			throw new InvalidDataAccessApiUsageException("The picklist values compared with '" + key
					+ "' must not be empty");
		}
		return list.stream().map(FinancialForceQueryCreator::picklistValue).toArray(String[]::new);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String picklistValue(Object value) {
		if (value instanceof Enum<?> constant) {
			return PicklistEnum.of((Class) constant.getDeclaringClass()).apiValue(constant);
		}
		return value.toString();
	}

	/**
	 * Builds the predicate of one part from the invocation's next arguments.
	 */
	@FunctionalInterface
	interface PartPredicate {

		/**
		 * Builds the predicate.
		 * @param key the property path of the part
		 * @param idProperty the id property's name
		 * @param values the invocation's remaining bindable arguments
		 * @return the predicate
		 */
		Criteria create(String key, String idProperty, Iterator<Object> values);

	}

}
