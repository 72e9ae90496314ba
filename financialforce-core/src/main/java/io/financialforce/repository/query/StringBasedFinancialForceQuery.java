package io.financialforce.repository.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.financialforce.core.FinancialForceOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.util.Assert;

/**
 * A query method with SOQL written in {@link io.financialforce.repository.Query @Query}. Its arguments are handed to
 * {@link FinancialForceOperations#query(String, Map, Class)} by name ({@code :name}) and by position counted from 1
 * ({@code ?1}), so the SOQL renderer binds them as escaped literals; the text is never edited. The result type may be
 * the entity, a record or an interface projection whose properties match the select list (aliases included).
 */
public final class StringBasedFinancialForceQuery implements RepositoryQuery {

	private final FinancialForceQueryMethod method;

	private final FinancialForceOperations operations;

	private final String soql;

	/**
	 * Creates the query, checking the method's return type and parameters.
	 * @param method the query method, with a {@code @Query}
	 * @param operations the operations that run it
	 * @throws QueryCreationException naming the method if it cannot run as written
	 */
	public StringBasedFinancialForceQuery(FinancialForceQueryMethod method, FinancialForceOperations operations) {
		String soql = method.getAnnotatedQuery();
		Assert.notNull(soql, "'method' must have a @Query");
		this.method = method;
		this.operations = operations;
		this.soql = soql;
		check();
	}

	private void check() {
		if (this.method.isPageQuery() || this.method.isSliceQuery() || this.method.isScrollQuery()) {
			throw fail("returns a Page, Slice or Window, which a @Query cannot: its SOQL is run as written. "
					+ "Write LIMIT and OFFSET in the statement and return a List, or derive the query from the method "
					+ "name");
		}
		Parameters<?, ?> parameters = this.method.getParameters();
		if (parameters.hasSortParameter() || parameters.hasPageableParameter() || parameters.hasLimitParameter()
				|| parameters.hasScrollPositionParameter()) {
			throw fail("takes a Sort, Pageable, Limit or ScrollPosition, which a @Query cannot apply: its SOQL is "
					+ "run as written. Write ORDER BY and LIMIT in the statement");
		}
	}

	private QueryCreationException fail(String reason) {
		return QueryCreationException.create(this.method, this.method.describe() + " " + reason);
	}

	/**
	 * The statement as written.
	 * @return the SOQL of the {@code @Query}
	 */
	public String getSoql() {
		return this.soql;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(),
				parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Class<?> type = processor.getReturnedType().getReturnedType();
		List<?> rows = this.operations.query(this.soql, bindings(accessor), type);
		if (this.method.isStreamQuery()) {
			return processor.processResult(rows.stream());
		}
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

	private Map<String, @Nullable Object> bindings(ParametersParameterAccessor accessor) {
		Map<String, @Nullable Object> bindings = new LinkedHashMap<>();
		Parameters<?, ?> bindable = this.method.getParameters().getBindableParameters();
		for (int i = 0; i < bindable.getNumberOfParameters(); i++) {
			Parameter parameter = bindable.getParameter(i);
			Object value = accessor.getBindableValue(i);
			bindings.put(String.valueOf(i + 1), value);
			parameter.getName().ifPresent((name) -> bindings.put(name, value));
		}
		return bindings;
	}

	@Override
	public FinancialForceQueryMethod getQueryMethod() {
		return this.method;
	}

}
