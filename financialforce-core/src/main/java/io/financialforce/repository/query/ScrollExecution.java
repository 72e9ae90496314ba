package io.financialforce.repository.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort.NullHandling;
import org.springframework.data.domain.Window;
import org.springframework.data.mapping.AccessOptions;
import org.springframework.data.mapping.AccessOptions.GetOptions.GetNulls;

/**
 * Reads a {@link Window} of rows from a {@link ScrollPosition}, one SOQL statement per window.
 * <p>
 * A keyset position orders by the query's sort keys and then by the id (so the order is total), with explicit null
 * ordering ({@code NULLS FIRST} ascending, {@code NULLS LAST} descending unless the sort says otherwise), and reads
 * the rows after the position's keys: {@code (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...}. It reaches any row, also
 * past the API's {@code OFFSET} cap of 2,000. An offset position uses {@code OFFSET} and is capped there.
 */
public final class ScrollExecution {

	private final FinancialForceOperations operations;

	private final FinancialForceMappingContext mappingContext;

	private final String idProperty;

	/**
	 * Creates the scrolling of one mapped type.
	 * @param operations the operations that run each window's statement
	 * @param mappingContext the mapping context, to read sort keys back from the rows
	 * @param idProperty the name of the id property, the last sort key
	 */
	public ScrollExecution(FinancialForceOperations operations, FinancialForceMappingContext mappingContext,
			String idProperty) {
		this.operations = operations;
		this.mappingContext = mappingContext;
		this.idProperty = idProperty;
	}

	/**
	 * Reads the window a position starts, with one statement.
	 * @param query the query: its criteria, columns, includes, sort and its limit as the window size
	 * @param position a keyset or offset position
	 * @param type the mapped type
	 * @return the window, with the positions of its rows
	 * @throws InvalidDataAccessApiUsageException for an offset past 2,000, a keyset position that lacks a sort key,
	 * or a sort key SOQL cannot continue from (picklists, booleans)
	 */
	public Window<?> scroll(Query query, ScrollPosition position, Class<?> type) {
		if (position instanceof OffsetScrollPosition offset) {
			return byOffset(query, offset, type);
		}
		if (position instanceof KeysetScrollPosition keyset) {
			return byKeyset(query, keyset, type);
		}
		throw new InvalidDataAccessApiUsageException("Unsupported scroll position " + position
				+ "; use ScrollPosition.keyset() or ScrollPosition.offset()");
	}

	private Window<?> byOffset(Query query, OffsetScrollPosition position, Class<?> type) {
		long start = position.isInitial() ? 0 : position.getOffset() + 1;
		OffsetCap.check(start, "a window");
		Integer limit = query.limit();
		Query windowQuery = query.offset(start);
		List<?> rows = this.operations.find((limit != null) ? windowQuery.limit(limit + 1) : windowQuery, type);
		boolean hasNext = limit != null && rows.size() > limit;
		List<?> content = hasNext ? rows.subList(0, limit) : rows;
		return Window.from(content, OffsetScrollPosition.positionFunction(start), hasNext);
	}

	private Window<?> byKeyset(Query query, KeysetScrollPosition position, Class<?> type) {
		List<Sort.Order> orders = keysetOrders(query.sort(), position.scrollsBackward());
		checkComparable(orders, type);
		Criteria criteria = query.criteria();
		if (!position.isInitial()) {
			criteria = criteria.and(after(orders, position.getKeys()));
		}
		Integer limit = query.limit();
		Query windowQuery = new Query(criteria, columns(query, orders), includes(query, orders), Sort.by(orders),
				(limit != null) ? limit + 1 : null, 0, query.includeDeleted());
		List<Object> rows = new ArrayList<>(this.operations.find(windowQuery, type));
		boolean hasNext = limit != null && rows.size() > limit;
		List<Object> content = hasNext ? new ArrayList<>(rows.subList(0, limit)) : rows;
		if (position.scrollsBackward()) {
			Collections.reverse(content);
		}
		FinancialForcePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(type);
		return Window.from(content, (index) -> ScrollPosition.of(keys(entity, orders, content.get(index)),
				position.getDirection()), hasNext);
	}

	private List<Sort.Order> keysetOrders(Sort sort, boolean backward) {
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			orders.add(order);
		}
		if (orders.stream().noneMatch((order) -> order.getProperty().equals(this.idProperty))) {
			orders.add(Sort.Order.asc(this.idProperty));
		}
		List<Sort.Order> explicit = new ArrayList<>(orders.size());
		for (Sort.Order order : orders) {
			boolean nullsFirst = nullsFirst(order);
			Direction direction = order.getDirection();
			if (backward) {
				direction = direction.isAscending() ? Direction.DESC : Direction.ASC;
				nullsFirst = !nullsFirst;
			}
			Sort.Order keyOrder = new Sort.Order(direction, order.getProperty(),
					nullsFirst ? NullHandling.NULLS_FIRST : NullHandling.NULLS_LAST);
			explicit.add(order.isIgnoreCase() ? keyOrder.ignoreCase() : keyOrder);
		}
		return explicit;
	}

	/**
	 * Rejects sort keys a keyset cannot continue from: SOQL orders a picklist by its defined value order but compares
	 * it as text, and has no {@code <} or {@code >} for booleans, so rows would be skipped or repeated.
	 */
	void checkComparable(Iterable<Sort.Order> orders, Class<?> type) {
		for (Sort.Order order : orders) {
			FinancialForcePersistentProperty key = this.mappingContext
				.getPersistentPropertyPath(order.getProperty(), type)
				.getLeafProperty();
			Class<?> keyType = (key != null) ? key.getActualType() : Object.class;
			if (keyType.isEnum() || keyType == Boolean.class || keyType == boolean.class) {
				throw new InvalidDataAccessApiUsageException("Cannot scroll by keyset on '" + order.getProperty()
						+ "': SOQL cannot continue after a " + (keyType.isEnum() ? "picklist" : "boolean")
						+ " value in sort order. Sort the window by other fields (dates, numbers, text, Id), "
						+ "or filter on '" + order.getProperty() + "' instead");
			}
		}
	}

	private static boolean nullsFirst(Sort.Order order) {
		if (order.getNullHandling() == NullHandling.NATIVE) {
			return order.isAscending();
		}
		return order.getNullHandling() == NullHandling.NULLS_FIRST;
	}

	private Criteria after(List<Sort.Order> orders, Map<String, Object> keys) {
		Criteria any = null;
		Criteria equalSoFar = Criteria.empty();
		for (Sort.Order order : orders) {
			String key = order.getProperty();
			if (!keys.containsKey(key)) {
				throw new InvalidDataAccessApiUsageException("The keyset scroll position " + keys.keySet()
						+ " lacks the sort key '" + key + "'; start from ScrollPosition.keyset() and continue from "
						+ "the positions of the returned Window, with the same sort");
			}
			Object value = keys.get(key);
			Criteria strictlyAfter = strictlyAfter(order, value);
			if (strictlyAfter != null) {
				Criteria disjunct = equalSoFar.and(strictlyAfter);
				any = (any != null) ? any.or(disjunct) : disjunct;
			}
			equalSoFar = equalSoFar.and((value != null) ? Criteria.where(key).is(value) : Criteria.where(key).isNull());
		}
		return (any != null) ? any : Criteria.where(this.idProperty).isNull();
	}

	private static @Nullable Criteria strictlyAfter(Sort.Order order, @Nullable Object value) {
		String key = order.getProperty();
		boolean nullsFirst = order.getNullHandling() == NullHandling.NULLS_FIRST;
		if (value == null) {
			return nullsFirst ? Criteria.where(key).isNotNull() : null;
		}
		Criteria beyond = order.isAscending() ? Criteria.where(key).greaterThan(value)
				: Criteria.where(key).lessThan(value);
		return nullsFirst ? beyond : beyond.or(Criteria.where(key).isNull());
	}

	private Map<String, Object> keys(FinancialForcePersistentEntity<?> entity, List<Sort.Order> orders, Object row) {
		Map<String, Object> keys = new LinkedHashMap<>();
		for (Sort.Order order : orders) {
			keys.put(order.getProperty(), value(entity, order.getProperty(), row));
		}
		return keys;
	}

	private @Nullable Object value(FinancialForcePersistentEntity<?> entity, String path, Object row) {
		return entity.getPropertyPathAccessor(row)
			.getProperty(this.mappingContext.getPersistentPropertyPath(path, entity.getType()),
					AccessOptions.defaultGetOptions().withNullValues(GetNulls.EARLY_RETURN));
	}

	private static List<String> columns(Query query, List<Sort.Order> orders) {
		if (query.columns().isEmpty()) {
			return query.columns();
		}
		Set<String> columns = new LinkedHashSet<>(query.columns());
		for (Sort.Order order : orders) {
			if (!order.getProperty().contains(".")) {
				columns.add(order.getProperty());
			}
		}
		return List.copyOf(columns);
	}

	/**
	 * The relationships to read so that every sort key can be read back from the rows: a key through parent
	 * references ({@code account.name}) needs its parent ({@code account}) in the statement.
	 */
	private static Set<String> includes(Query query, List<Sort.Order> orders) {
		Set<String> includes = new LinkedHashSet<>(query.includes());
		for (Sort.Order order : orders) {
			int dot = order.getProperty().lastIndexOf('.');
			if (dot > 0) {
				includes.add(order.getProperty().substring(0, dot));
			}
		}
		return includes;
	}

}
