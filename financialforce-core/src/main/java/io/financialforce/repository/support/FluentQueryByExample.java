package io.financialforce.repository.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.query.Query;
import io.financialforce.repository.query.OffsetCap;
import io.financialforce.repository.query.ProjectionSupport;
import io.financialforce.repository.query.ScrollExecution;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.FluentQuery.FetchableFluentQuery;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The fluent query of {@code findBy(Example, ...)}: every terminal runs one SOQL statement (a page adds a
 * {@code COUNT()}), reading only the projected properties.
 *
 * @param <S> the probe's type
 * @param <R> the result type
 */
final class FluentQueryByExample<S, R> implements FetchableFluentQuery<R> {

	private final FinancialForceOperations operations;

	private final FinancialForceMappingContext mappingContext;

	private final ProjectionFactory projectionFactory;

	private final Query query;

	private final Class<S> domainType;

	private final Class<R> resultType;

	FluentQueryByExample(FinancialForceOperations operations,
			FinancialForceMappingContext mappingContext,
			ProjectionFactory projectionFactory, Query query, Class<S> domainType, Class<R> resultType) {
		this.operations = operations;
		this.mappingContext = mappingContext;
		this.projectionFactory = projectionFactory;
		this.query = query;
		this.domainType = domainType;
		this.resultType = resultType;
	}

	@Override
	public FetchableFluentQuery<R> sortBy(Sort sort) {
		Assert.notNull(sort, "'sort' must not be null");
		return with(this.query.sort(sort), this.resultType);
	}

	@Override
	public FetchableFluentQuery<R> limit(int limit) {
		Assert.isTrue(limit >= 0, "'limit' must not be negative");
		return with(this.query.limit(limit), this.resultType);
	}

	@Override
	public <N> FetchableFluentQuery<N> as(Class<N> resultType) {
		Assert.notNull(resultType, "'resultType' must not be null");
		return with(this.query, resultType);
	}

	@Override
	public FetchableFluentQuery<R> project(Collection<String> properties) {
		Assert.notNull(properties, "'properties' must not be null");
		return with(ProjectionSupport.select(this.query, new ArrayList<>(properties), entity()), this.resultType);
	}

	private <N> FluentQueryByExample<S, N> with(Query query, Class<N> resultType) {
		return new FluentQueryByExample<>(this.operations, this.mappingContext, this.projectionFactory, query,
				this.domainType, resultType);
	}

	@Override
	public @Nullable R oneValue() {
		List<R> rows = read(limited(2));
		if (rows.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(1, rows.size());
		}
		return rows.isEmpty() ? null : rows.get(0);
	}

	@Override
	public @Nullable R firstValue() {
		List<R> rows = read(limited(1));
		return rows.isEmpty() ? null : rows.get(0);
	}

	@Override
	public Optional<R> one() {
		return Optional.ofNullable(oneValue());
	}

	@Override
	public Optional<R> first() {
		return Optional.ofNullable(firstValue());
	}

	@Override
	public List<R> all() {
		return read(projected());
	}

	@Override
	public Page<R> page(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		if (pageable.isPaged()) {
			OffsetCap.check(pageable.getOffset(), "page " + pageable.getPageNumber());
		}
		List<R> content = read(projected().with(pageable));
		return PageableExecutionUtils.getPage(content, pageable,
				() -> this.operations.count(this.query, this.domainType));
	}

	@Override
	@SuppressWarnings("unchecked")
	public Window<R> scroll(ScrollPosition position) {
		Assert.notNull(position, "'position' must not be null");
		Converter<Object, R> converter = converter();
		Window<Object> window = (Window<Object>) new ScrollExecution(this.operations, this.mappingContext,
				entity().getRequiredIdProperty().getName())
			.scroll(projected(), position, this.domainType);
		return window.map(converter::convert);
	}

	@Override
	public Stream<R> stream() {
		Converter<Object, R> converter = converter();
		return this.operations.stream(projected(), this.domainType).map(converter::convert);
	}

	@Override
	public long count() {
		return this.operations.count(this.query, this.domainType);
	}

	@Override
	public boolean exists() {
		return this.operations.exists(this.query, this.domainType);
	}

	private Query limited(int max) {
		Query projected = projected();
		Integer limit = projected.limit();
		return projected.limit((limit != null) ? Math.min(limit, max) : max);
	}

	private Query projected() {
		if (!this.query.columns().isEmpty()) {
			return this.query;
		}
		return ProjectionSupport.select(this.query, returnedType(), entity());
	}

	private List<R> read(Query query) {
		Converter<Object, R> converter = converter();
		return this.operations.find(query, this.domainType).stream().map(converter::convert).toList();
	}

	@SuppressWarnings("unchecked")
	private Converter<Object, R> converter() {
		ReturnedType returnedType = returnedType();
		if (!returnedType.isProjecting()) {
			return (source) -> (R) source;
		}
		if (this.resultType.isInterface()) {
			return (source) -> this.projectionFactory.createProjection(this.resultType, source);
		}
		Converter<Object, Object> dto = ProjectionSupport.dtoConverter(returnedType, this.mappingContext);
		Assert.state(dto != null, "A DTO projection needs a converter");
		return (source) -> (R) dto.convert(source);
	}

	private ReturnedType returnedType() {
		return ReturnedType.of(this.resultType, this.domainType, this.projectionFactory);
	}

	private FinancialForcePersistentEntity<?> entity() {
		return this.mappingContext.getRequiredPersistentEntity(this.domainType);
	}

}
