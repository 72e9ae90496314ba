package io.financialforce.repository.sample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.financialforce.core.BatchOptions;
import io.financialforce.core.BatchResult;
import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.QueryPlan;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import io.financialforce.core.query.Update;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.LikePattern;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.AccessOptions;
import org.springframework.data.mapping.AccessOptions.GetOptions.GetNulls;

/**
 * A {@link FinancialForceOperations} over lists of entities in memory, evaluating {@link Query queries} with SOQL's
 * semantics (text compared case-insensitively, {@code !=} matching nulls, nulls first ascending and last descending
 * unless the sort says otherwise, OFFSET capped at 2,000), and recording every call with its query. Lets repository
 * tests assert both the exact query a method builds and that its rows are right.
 */
public final class InMemoryOperations implements FinancialForceOperations {

	private final FinancialForceMappingContext mappingContext;

	private final Map<Class<?>, List<Object>> tables = new LinkedHashMap<>();

	private final List<Call> calls = new ArrayList<>();

	private final Map<String, List<?>> soqlResults = new LinkedHashMap<>();

	private int nextId = 1;

	public InMemoryOperations(FinancialForceMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	/** One call of the operations: the method, and its query or argument. */
	public record Call(String method, @Nullable Object argument) {

	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	public List<String> methods() {
		return this.calls.stream().map(Call::method).toList();
	}

	public Query lastQuery() {
		for (int i = this.calls.size() - 1; i >= 0; i--) {
			if (this.calls.get(i).argument() instanceof Query query) {
				return query;
			}
		}
		throw new IllegalStateException("No query was run: " + this.calls);
	}

	public void clearCalls() {
		this.calls.clear();
	}

	public <T> T add(T entity) {
		if (id(entity) == null) {
			setId(entity, newId());
		}
		table(entity.getClass()).add(entity);
		return entity;
	}

	public void whenQuery(String soql, List<?> rows) {
		this.soqlResults.put(soql, rows);
	}

	@SuppressWarnings("unchecked")
	public <T> List<T> rows(Class<T> type) {
		return (List<T>) List.copyOf(table(type));
	}

	// -- reads

	@Override
	public <T> Optional<T> findById(String id, Class<T> type) {
		record("findById", id);
		return rows(type).stream().filter((row) -> id.equals(id(row))).findFirst();
	}

	@Override
	public <T> List<T> findAllById(Collection<String> ids, Class<T> type) {
		record("findAllById", List.copyOf(ids));
		return rows(type).stream().filter((row) -> ids.contains(id(row))).toList();
	}

	@Override
	public <T> List<T> findAll(Class<T> type) {
		record("findAll", null);
		return rows(type);
	}

	@Override
	public <T> List<T> find(Query query, Class<T> type) {
		record("find", query);
		return evaluate(query, type);
	}

	@Override
	public <T> Optional<T> findOne(Query query, Class<T> type) {
		record("findOne", query);
		List<T> rows = evaluate(query, type);
		if (rows.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(1, rows.size());
		}
		return rows.stream().findFirst();
	}

	@Override
	public <T> Stream<T> stream(Query query, Class<T> type) {
		record("stream", query);
		return evaluate(query, type).stream();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> List<T> query(String soql, Map<String, ?> parameters, Class<T> type) {
		record("query", new SoqlCall(soql, new LinkedHashMap<>(parameters), type));
		return (List<T>) this.soqlResults.getOrDefault(soql, List.of());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Stream<T> stream(String soql, Map<String, ?> parameters, Class<T> type) {
		record("streamQuery", new SoqlCall(soql, new LinkedHashMap<>(parameters), type));
		return ((List<T>) this.soqlResults.getOrDefault(soql, List.of())).stream();
	}

	/** A call of {@link #query(String, Map, Class)} or {@link #stream(String, Map, Class)}. */
	public record SoqlCall(String soql, Map<String, ?> parameters, Class<?> type) {

	}

	@Override
	public long count(Query query, Class<?> type) {
		record("count", query);
		return evaluate(new Query(query.criteria(), List.of(), java.util.Set.of(), Sort.unsorted(), null, 0,
				query.includeDeleted()), type).size();
	}

	@Override
	public boolean exists(Query query, Class<?> type) {
		record("exists", query);
		return !evaluate(query, type).isEmpty();
	}

	// -- writes

	@Override
	public <T> T insert(T entity) {
		record("insert", entity);
		return store(entity);
	}

	@Override
	public <T> List<T> insertAll(Collection<? extends T> entities) {
		record("insertAll", List.copyOf(entities));
		return entities.stream().map(this::<T>store).toList();
	}

	@Override
	public <T> BatchResult<T> insertAll(Collection<? extends T> entities, BatchOptions options) {
		throw new UnsupportedOperationException();
	}

	@Override
	public <T> T update(T entity) {
		record("update", entity);
		return replace(entity);
	}

	@Override
	public <T> List<T> updateAll(Collection<? extends T> entities) {
		record("updateAll", List.copyOf(entities));
		return entities.stream().map(this::<T>replace).toList();
	}

	@Override
	public <T> BatchResult<T> updateAll(Collection<? extends T> entities, BatchOptions options) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void update(String id, Update update, Class<?> type) {
		throw new UnsupportedOperationException();
	}

	@Override
	public <T> T upsert(T entity) {
		record("upsert", entity);
		return upsertOne(entity);
	}

	@Override
	public <T> List<T> upsertAll(Collection<? extends T> entities) {
		record("upsertAll", List.copyOf(entities));
		return entities.stream().map(this::<T>upsertOne).toList();
	}

	@Override
	public void delete(Object entity) {
		record("delete", entity);
		table(entity.getClass()).removeIf((row) -> Objects.equals(id(row), id(entity)));
	}

	@Override
	public boolean deleteById(String id, Class<?> type) {
		record("deleteById", id);
		return table(type).removeIf((row) -> id.equals(id(row)));
	}

	@Override
	public void deleteAllById(Collection<String> ids, Class<?> type) {
		record("deleteAllById", List.copyOf(ids));
		table(type).removeIf((row) -> ids.contains(id(row)));
	}

	@Override
	public QueryPlan explain(Query query, Class<?> type) {
		throw new UnsupportedOperationException();
	}

	private <T> T store(T entity) {
		setId(entity, newId());
		table(entity.getClass()).add(entity);
		return entity;
	}

	private <T> T replace(T entity) {
		List<Object> table = table(entity.getClass());
		for (int i = 0; i < table.size(); i++) {
			if (Objects.equals(id(table.get(i)), id(entity))) {
				table.set(i, entity);
				return entity;
			}
		}
		throw new InvalidDataAccessResourceUsageException("No record " + id(entity));
	}

	private <T> T upsertOne(T entity) {
		FinancialForcePersistentEntity<?> mapped = this.mappingContext.getRequiredPersistentEntity(entity.getClass());
		Object key = mapped.getPropertyAccessor(entity).getProperty(mapped.getExternalIdProperty());
		List<Object> table = table(entity.getClass());
		for (int i = 0; i < table.size(); i++) {
			Object existing = table.get(i);
			if (Objects.equals(mapped.getPropertyAccessor(existing).getProperty(mapped.getExternalIdProperty()), key)) {
				setId(entity, id(existing));
				table.set(i, entity);
				return entity;
			}
		}
		return store(entity);
	}

	private void record(String method, @Nullable Object argument) {
		this.calls.add(new Call(method, argument));
	}

	private List<Object> table(Class<?> type) {
		return this.tables.computeIfAbsent(type, (key) -> new ArrayList<>());
	}

	private String newId() {
		return String.format("a0X%015d", this.nextId++);
	}

	private @Nullable Object id(Object entity) {
		FinancialForcePersistentEntity<?> mapped = this.mappingContext.getRequiredPersistentEntity(entity.getClass());
		return mapped.getIdentifierAccessor(entity).getIdentifier();
	}

	private void setId(Object entity, @Nullable Object id) {
		FinancialForcePersistentEntity<?> mapped = this.mappingContext.getRequiredPersistentEntity(entity.getClass());
		mapped.getPropertyAccessor(entity).setProperty(mapped.getRequiredIdProperty(), id);
	}

	// -- evaluation

	private <T> List<T> evaluate(Query query, Class<T> type) {
		if (query.offset() > 2000) {
			throw new InvalidDataAccessResourceUsageException(
					"NUMBER_OUTSIDE_VALID_RANGE: Maximum SOQL offset allowed is 2000");
		}
		Stream<T> rows = rows(type).stream().filter((row) -> matches(query.criteria(), row));
		if (query.sort().isSorted()) {
			rows = rows.sorted(comparator(query.sort(), type));
		}
		rows = rows.skip(query.offset());
		if (query.limit() != null) {
			rows = rows.limit(query.limit());
		}
		return rows.toList();
	}

	private boolean matches(Criteria criteria, Object row) {
		if (criteria.isEmpty()) {
			return true;
		}
		if (criteria instanceof Criteria.Negation negation) {
			return !matches(negation.criteria(), row);
		}
		if (criteria instanceof Criteria.Group group) {
			return (group.combinator() == Criteria.Combinator.AND)
					? group.parts().stream().allMatch((part) -> matches(part, row))
					: group.parts().stream().anyMatch((part) -> matches(part, row));
		}
		Criteria.Predicate predicate = (Criteria.Predicate) criteria;
		return test(predicate.operator(), value(row, predicate.key()), predicate.value());
	}

	private static boolean test(ComparisonOperator operator, @Nullable Object actual, @Nullable Object expected) {
		switch (operator) {
			case EQUALS:
				return equal(actual, expected);
			case NOT_EQUALS:
				return !equal(actual, expected);
			case LESS_THAN:
				return actual != null && compare(actual, expected) < 0;
			case LESS_THAN_OR_EQUAL:
				return actual != null && compare(actual, expected) <= 0;
			case GREATER_THAN:
				return actual != null && compare(actual, expected) > 0;
			case GREATER_THAN_OR_EQUAL:
				return actual != null && compare(actual, expected) >= 0;
			case LIKE:
				return actual != null && like(((LikePattern) expected).pattern()).matcher(actual.toString()).matches();
			case IN:
				return ((Collection<?>) expected).stream().anyMatch((value) -> equal(actual, value));
			case NOT_IN:
				return ((Collection<?>) expected).stream().noneMatch((value) -> equal(actual, value));
			case INCLUDES:
				return actual != null && ((Collection<?>) expected).stream()
					.anyMatch((value) -> ((Collection<?>) actual).containsAll(List.of(value.toString().split(";"))));
			case EXCLUDES:
				return actual == null || ((Collection<?>) expected).stream()
					.noneMatch((value) -> ((Collection<?>) actual).containsAll(List.of(value.toString().split(";"))));
			default:
				throw new UnsupportedOperationException(operator.toString());
		}
	}

	private static boolean equal(@Nullable Object actual, @Nullable Object expected) {
		if (actual == null || expected == null) {
			return actual == expected;
		}
		return compare(actual, expected) == 0;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object actual, @Nullable Object expected) {
		if (actual instanceof String text) {
			return text.compareToIgnoreCase(String.valueOf(expected));
		}
		return ((Comparable) actual).compareTo(expected);
	}

	private static Pattern like(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
			}
			else if (c == '%') {
				regex.append(".*");
			}
			else if (c == '_') {
				regex.append('.');
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
	}

	private <T> Comparator<T> comparator(Sort sort, Class<T> type) {
		Comparator<T> comparator = (a, b) -> 0;
		for (Sort.Order order : sort) {
			boolean nullsFirst = (order.getNullHandling() == Sort.NullHandling.NATIVE) ? order.isAscending()
					: order.getNullHandling() == Sort.NullHandling.NULLS_FIRST;
			Comparator<Object> values = (a, b) -> compare(a, b);
			Comparator<Object> directed = order.isAscending() ? values : values.reversed();
			Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(directed)
					: Comparator.nullsLast(directed);
			comparator = comparator.thenComparing((row) -> value(row, order.getProperty()), withNulls);
		}
		return comparator;
	}

	private @Nullable Object value(Object row, String path) {
		FinancialForcePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(row.getClass());
		try {
			return entity.getPropertyPathAccessor(row)
				.getProperty(this.mappingContext.getPersistentPropertyPath(path, row.getClass()),
						AccessOptions.defaultGetOptions().withNullValues(GetNulls.EARLY_RETURN));
		}
		catch (RuntimeException ex) {
			String lower = path.toLowerCase(Locale.ROOT);
			throw new InvalidDataAccessResourceUsageException("INVALID_FIELD: No such column '" + lower + "'", ex);
		}
	}

}
