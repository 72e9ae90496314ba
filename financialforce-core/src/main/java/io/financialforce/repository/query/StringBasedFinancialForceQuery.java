package io.financialforce.repository.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.PicklistEnum;
import io.financialforce.soql.BindParameter;
import io.financialforce.soql.Select;
import io.financialforce.soql.SoqlParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.util.ObjectUtils;

/**
 * A query method with SOQL written in {@link io.financialforce.repository.Query @Query}. The statement is parsed when
 * the repository is created (a malformed one fails there with the parser's position message) and its parameters
 * are checked against the method's; each call binds the arguments into the syntax tree as literals, named
 * ({@code :name}) or positional ({@code ?1}, counting from 1), and hands the rendered statement to
 * {@link FinancialForceOperations#query(String, Map, Class)}, or to
 * {@link FinancialForceOperations#stream(String, Map, Class)} for a {@code Stream} return type. Arguments never reach
 * the text except through the SOQL renderer's escaping.
 * <p>
 * The result type may be the entity, or a record or interface projection whose properties match the select list
 * (aliases included; an interface reads each row as a map, by case-insensitive name), as for aggregate queries. A
 * {@code Stream} is lazy: it reads the next page of rows only when it reaches it, and closing it releases the query
 * cursor.
 */
public final class StringBasedFinancialForceQuery implements RepositoryQuery {

	private static final Logger logger = LoggerFactory.getLogger(StringBasedFinancialForceQuery.class);

	private final FinancialForceQueryMethod method;

	private final FinancialForceOperations operations;

	private final Select select;

	private final boolean positional;

	/**
	 * Creates the query, parsing its SOQL and checking the method's return type and parameters.
	 * @param method the query method, with a {@code @Query}
	 * @param operations the operations that run it
	 * @param mappingContext the mapping context, to check the statement reads the entity's sObject
	 * @throws QueryCreationException naming the method if its SOQL is malformed or cannot run as declared
	 */
	public StringBasedFinancialForceQuery(FinancialForceQueryMethod method, FinancialForceOperations operations,
			FinancialForceMappingContext mappingContext) {
		String soql = method.getAnnotatedQuery();
		Assert.notNull(soql, "'method' must have a @Query");
		this.method = method;
		this.operations = operations;
		this.select = parse(method, soql);
		this.positional = checkParameters();
		checkReturnType(mappingContext);
	}

	private static Select parse(FinancialForceQueryMethod method, String soql) {
		try {
			return SoqlParser.parse(soql);
		}
		catch (IllegalArgumentException ex) {
			throw QueryCreationException.create(method,
					method.describe() + ": malformed @Query: " + ex.getMessage(), ex);
		}
	}

	private boolean checkParameters() {
		Parameters<?, ?> parameters = this.method.getParameters();
		if (parameters.hasSortParameter() || parameters.hasPageableParameter() || parameters.hasLimitParameter()
				|| parameters.hasScrollPositionParameter()) {
			throw fail("takes a Sort, Pageable, Limit or ScrollPosition, which a @Query cannot apply: its SOQL is "
					+ "run as written. Write ORDER BY, LIMIT and OFFSET in the statement");
		}
		Parameters<?, ?> bindable = parameters.getBindableParameters();
		Set<String> names = new TreeSet<>();
		for (Parameter parameter : bindable) {
			parameter.getName().ifPresent(names::add);
		}
		boolean anyNamed = false;
		boolean anyPositional = false;
		for (BindParameter parameter : this.select.parameters()) {
			if (parameter instanceof BindParameter.Named named) {
				anyNamed = true;
				if (!names.contains(named.name())) {
					throw fail("uses :" + named.name() + " in its @Query, but has no parameter of that name "
							+ "(parameters: " + names + "); name one with @Param(\"" + named.name() + "\")");
				}
			}
			else if (parameter instanceof BindParameter.Positional indexed) {
				anyPositional = true;
				if (indexed.index() < 1 || indexed.index() > bindable.getNumberOfParameters()) {
					throw fail("uses ?" + indexed.index() + " in its @Query, but has "
							+ bindable.getNumberOfParameters() + " parameters; positions count from 1");
				}
			}
		}
		if (anyNamed && anyPositional) {
			throw fail("mixes named (:name) and positional (?1) parameters in its @Query; use one kind");
		}
		return anyPositional;
	}

	private void checkReturnType(FinancialForceMappingContext mappingContext) {
		Class<?> type = this.method.getResultProcessor().getReturnedType().getReturnedType();
		if (type == this.method.getEntityType()) {
			String object = mappingContext.getRequiredPersistentEntity(type).getObjectName();
			if (!object.equalsIgnoreCase(this.select.from().name())) {
				throw fail("returns " + type.getSimpleName() + ", mapped to " + object + ", but its @Query reads "
						+ this.select.from().name() + "; select FROM " + object
						+ ", or return a record or interface for other rows");
			}
		}
		if (ClassUtils.isPrimitiveOrWrapper(type) || CharSequence.class.isAssignableFrom(type)) {
			throw fail("returns " + type.getSimpleName() + ", but a @Query returns rows: the entity, a record or an "
					+ "interface. Read an aggregate into a record (SELECT COUNT(Id) total ... -> record Total(int "
					+ "total)), or count with a derived countBy... method");
		}
		if (this.method.isPageQuery() || this.method.isSliceQuery() || this.method.isScrollQuery()) {
			throw fail("returns a Page, Slice or Window, which a @Query cannot: its SOQL is run as written. "
					+ "Write LIMIT and OFFSET in the statement and return a List, or derive the query from the method "
					+ "name");
		}
	}

	private QueryCreationException fail(String reason) {
		return QueryCreationException.create(this.method, this.method.describe() + " " + reason);
	}

	/**
	 * The parsed statement, with its parameters unbound.
	 * @return the syntax tree of the {@code @Query}
	 */
	public Select getSelect() {
		return this.select;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(),
				parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Class<?> type = processor.getReturnedType().getReturnedType();
		boolean interfaceProjection = type.isInterface() && !Map.class.isAssignableFrom(type);
		Class<?> rowType = interfaceProjection ? Map.class : type;
		Function<Object, Object> row = interfaceProjection ? StringBasedFinancialForceQuery::byPropertyName
				: Function.identity();
		String soql = bind(accessor).toSoql();
		if (logger.isDebugEnabled()) {
			logger.debug("{} runs {}", this.method.describe(), soql);
		}
		if (this.method.isStreamQuery()) {
			return processor.processResult(this.operations.stream(soql, Map.of(), rowType).map(row));
		}
		List<?> rows = this.operations.query(soql, Map.of(), rowType).stream().map(row).toList();
		if (this.method.isCollectionQuery()) {
			return processor.processResult(rows);
		}
		if (rows.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(
					this.method.describe() + " expects at most one row, but its query returned " + rows.size(), 1,
					rows.size());
		}
		return rows.isEmpty() ? null : processor.processResult(rows.get(0));
	}

	/**
	 * Lets an interface projection read a row by its property names: {@code getName()} reads the field
	 * {@code Name}, {@code getTotal()} the alias {@code total}.
	 */
	private static Object byPropertyName(Object row) {
		Map<String, @Nullable Object> fields = new LinkedCaseInsensitiveMap<>();
		((Map<?, ?>) row).forEach((name, value) -> fields.put(String.valueOf(name), value));
		return fields;
	}

	private Select bind(ParametersParameterAccessor accessor) {
		if (this.select.parameters().isEmpty()) {
			return this.select;
		}
		Parameters<?, ?> bindable = this.method.getParameters().getBindableParameters();
		try {
			if (this.positional) {
				List<@Nullable Object> values = new ArrayList<>();
				for (int i = 0; i < bindable.getNumberOfParameters(); i++) {
					values.add(literalValue(accessor.getBindableValue(i)));
				}
				return this.select.bind(values);
			}
			Map<String, @Nullable Object> values = new LinkedHashMap<>();
			for (int i = 0; i < bindable.getNumberOfParameters(); i++) {
				Parameter parameter = bindable.getParameter(i);
				Object value = literalValue(accessor.getBindableValue(i));
				parameter.getName().ifPresent((name) -> values.put(name, value));
			}
			return this.select.bind(values);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDataAccessApiUsageException(
					"Cannot bind the arguments of " + this.method.describe() + ": " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Object literalValue(@Nullable Object value) {
		if (value instanceof Enum<?> constant) {
			return PicklistEnum.of((Class) constant.getDeclaringClass()).apiValue(constant);
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(StringBasedFinancialForceQuery::literalValue).toList();
		}
		if (value != null && value.getClass().isArray()) {
			return literalValue(Arrays.asList(ObjectUtils.toObjectArray(value)));
		}
		return value;
	}

	@Override
	public FinancialForceQueryMethod getQueryMethod() {
		return this.method;
	}

}
