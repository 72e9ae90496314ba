package io.financialforce.repository.query;

import java.util.ArrayList;
import java.util.List;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.query.Query;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A query derived from its method's name. The name is parsed, and every keyword checked against what SOQL can do,
 * when the repository is created; each call then builds one {@link Query} and hands it to the
 * {@link FinancialForceOperations}: one SOQL statement, plus a {@code COUNT()} for a {@code Page} that needs it.
 * Derived deletes read the matching ids and delete them in sObject Collections batches.
 */
public final class PartTreeFinancialForceQuery implements RepositoryQuery {

	private static final Logger logger = LoggerFactory.getLogger(PartTreeFinancialForceQuery.class);

	private static final String DISTINCT_PROJECTION = ": Distinct projected values have no SOQL form (SOQL has no "
			+ "DISTINCT); group in a @Query (SELECT Name FROM Account GROUP BY Name) and return a record or interface. "
			+ "Distinct entities need no keyword: each record comes once";

	private final FinancialForceQueryMethod method;

	private final FinancialForceOperations operations;

	private final FinancialForceMappingContext mappingContext;

	private final FinancialForceEntityInformation<?, ?> entityInformation;

	private final PartTree tree;

	private final ScrollExecution scrolling;

	/**
	 * Creates the query, checking the method name against the domain type and SOQL.
	 * @param method the query method
	 * @param operations the operations that run it
	 * @param mappingContext the mapping context
	 * @param entityInformation the domain type's id information
	 * @throws QueryCreationException naming the method and the reason if the name refers to an unknown property or
	 * uses a keyword SOQL cannot express
	 */
	public PartTreeFinancialForceQuery(FinancialForceQueryMethod method, FinancialForceOperations operations,
			FinancialForceMappingContext mappingContext,
			FinancialForceEntityInformation<?, ?> entityInformation) {
		this.method = method;
		this.operations = operations;
		this.mappingContext = mappingContext;
		this.entityInformation = entityInformation;
		this.tree = parse(method);
		this.scrolling = new ScrollExecution(operations, mappingContext, entityInformation.getIdPropertyName());
		check();
	}

	private static PartTree parse(FinancialForceQueryMethod method) {
		try {
			return new PartTree(method.getName(), method.getEntityType());
		}
		catch (PropertyReferenceException ex) {
			throw QueryCreationException.create(method, method.describe() + " refers to a property "
					+ method.getEntityType().getSimpleName() + " does not have: " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw QueryCreationException.create(method, method.describe() + ": " + ex.getMessage(), ex);
		}
	}

	private void check() {
		for (Part part : this.tree.getParts()) {
			try {
				FinancialForceQueryCreator.predicateFor(part);
			}
			catch (InvalidDataAccessApiUsageException ex) {
				throw fail(": " + ex.getMessage(), ex);
			}
		}
		ReturnedType returnedType = this.method.getResultProcessor().getReturnedType();
		if (distinctProjection(returnedType)) {
			throw fail(DISTINCT_PROJECTION, null);
		}
		if (returnedType.isProjecting() && !this.tree.isCountProjection() && !this.tree.isExistsProjection()) {
			FinancialForcePersistentEntity<?> entity = this.mappingContext
				.getRequiredPersistentEntity(this.method.getEntityType());
			for (String property : returnedType.getInputProperties()) {
				if (entity.getPersistentProperty(property) == null) {
					throw fail(" returns " + returnedType.getReturnedType().getSimpleName() + ", which reads '"
							+ property + "', a property " + entity.getType().getSimpleName() + " does not map", null);
				}
			}
		}
		if (this.method.isScrollQuery() && !this.method.getParameters().hasScrollPositionParameter()) {
			throw fail(" returns a Window but has no ScrollPosition parameter; add one and start scrolling at "
					+ "ScrollPosition.keyset()", null);
		}
		if (this.method.isScrollQuery()) {
			try {
				this.scrolling.checkComparable(this.tree.getSort(), this.method.getEntityType());
			}
			catch (InvalidDataAccessApiUsageException ex) {
				throw fail(": " + ex.getMessage(), ex);
			}
		}
	}

	/**
	 * Whether the method asks for distinct projected values, which SOQL cannot give: it has no {@code DISTINCT}.
	 * Distinct entities need nothing: a SOQL query returns each record once.
	 */
	private boolean distinctProjection(ReturnedType returnedType) {
		return this.tree.isDistinct() && returnedType.isProjecting() && !this.tree.isCountProjection()
				&& !this.tree.isExistsProjection();
	}

	private QueryCreationException fail(String reason, @Nullable Throwable cause) {
		String message = this.method.describe() + reason;
		return (cause != null) ? QueryCreationException.create(this.method, message, cause)
				: QueryCreationException.create(this.method, message);
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(),
				parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Class<?> type = this.method.getEntityType();
		Query query = limit(new FinancialForceQueryCreator(this.tree, accessor, this.mappingContext,
				this.entityInformation.getIdPropertyName()).createQuery(), accessor.getLimit());
		if (logger.isDebugEnabled()) {
			logger.debug("{} runs {}", this.method.describe(), query);
		}
		if (this.tree.isCountProjection()) {
			return this.operations.count(query, type);
		}
		if (this.tree.isExistsProjection()) {
			return this.operations.exists(query, type);
		}
		if (this.tree.isDelete()) {
			return delete(query, type, processor);
		}
		ReturnedType returnedType = processor.getReturnedType();
		if (distinctProjection(returnedType)) {
			throw new InvalidDataAccessApiUsageException(this.method.describe() + DISTINCT_PROJECTION);
		}
		query = ProjectionSupport.select(query, returnedType, this.mappingContext.getRequiredPersistentEntity(type));
		Converter<Object, Object> dto = ProjectionSupport.dtoConverter(returnedType, this.mappingContext);
		Object result = read(query, type, accessor);
		if (result instanceof Window<?> window) {
			return window.map((row) -> process(processor, row, dto));
		}
		return process(processor, result, dto);
	}

	private @Nullable Object read(Query query, Class<?> type, ParametersParameterAccessor accessor) {
		Pageable pageable = accessor.getPageable();
		if (this.method.isScrollQuery()) {
			return this.scrolling.scroll(query, accessor.getScrollPosition(), type);
		}
		if (this.method.isPageQuery()) {
			List<?> content = this.operations.find(paged(query, pageable, 0), type);
			return PageableExecutionUtils.getPage(content, pageable, () -> this.operations.count(query, type));
		}
		if (this.method.isSliceQuery()) {
			List<Object> rows = new ArrayList<>(this.operations.find(paged(query, pageable, 1), type));
			boolean hasNext = pageable.isPaged() && rows.size() > pageable.getPageSize();
			return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
		}
		if (this.method.isStreamQuery()) {
			return this.operations.stream(paged(query, pageable, 0), type);
		}
		if (this.method.isCollectionQuery()) {
			return this.operations.find(paged(query, pageable, 0), type);
		}
		return this.operations.findOne(query, type).orElse(null);
	}

	private Object delete(Query query, Class<?> type, ResultProcessor processor) {
		boolean returnsRows = this.method.isCollectionQuery();
		Query read = returnsRows ? query : query.columns(this.entityInformation.getIdPropertyName());
		List<?> rows = this.operations.find(read, type);
		List<String> ids = new ArrayList<>(rows.size());
		for (Object row : rows) {
			ids.add(String.valueOf(id(row)));
		}
		if (!ids.isEmpty()) {
			this.operations.deleteAllById(ids, type);
		}
		return returnsRows ? processor.processResult(rows) : (long) ids.size();
	}

	@SuppressWarnings("unchecked")
	private @Nullable Object id(Object row) {
		return ((FinancialForceEntityInformation<Object, ?>) this.entityInformation).getId(row);
	}

	private Query limit(Query query, Limit limit) {
		Integer max = this.tree.getMaxResults();
		if (this.method.getParameters().hasLimitParameter() && limit.isLimited()) {
			max = (max != null) ? Math.min(max, limit.max()) : limit.max();
		}
		return (max != null) ? query.limit(max) : query;
	}

	private static Query paged(Query query, Pageable pageable, int extra) {
		if (pageable.isUnpaged()) {
			return query;
		}
		OffsetCap.check(pageable.getOffset(), "page " + pageable.getPageNumber());
		int size = pageable.getPageSize() + extra;
		Integer limit = query.limit();
		return query.limit((limit != null) ? Math.min(limit, size) : size).offset(pageable.getOffset());
	}

	private static @Nullable Object process(ResultProcessor processor, @Nullable Object result,
			@Nullable Converter<Object, Object> dto) {
		return (dto != null) ? processor.processResult(result, dto) : processor.processResult(result);
	}

	@Override
	public FinancialForceQueryMethod getQueryMethod() {
		return this.method;
	}

}
