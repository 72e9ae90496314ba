package io.financialforce.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.query.FinancialForceEntityInformation;
import io.financialforce.repository.query.OffsetCap;

import org.springframework.data.domain.Example;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.query.FluentQuery.FetchableFluentQuery;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The implementation behind every {@link FinancialForceRepository}, on {@link FinancialForceOperations}. Each read is
 * one SOQL statement ({@code Page}s add a {@code COUNT()}); batch writes go through the operations' sObject
 * Collections methods, never one call per record.
 * <p>
 * {@code save} inserts an entity whose id is {@code null}, or upserts it by its {@code @ExternalId} when the type
 * maps one and the entity has a value for it; an entity with an id is updated.
 *
 * @param <T> the mapped type
 * @param <ID> the id type
 */
public class SimpleFinancialForceRepository<T, ID> implements FinancialForceRepository<T, ID> {

	private final FinancialForceEntityInformation<T, ID> entityInformation;

	private final FinancialForceOperations operations;

	private final FinancialForceMappingContext mappingContext;

	private final ExampleCriteria exampleCriteria;

	/**
	 * Creates the repository of one mapped type.
	 * @param entityInformation the type's id and external id
	 * @param operations the operations that run every call
	 * @param mappingContext the mapping context, for query by example and projections
	 */
	public SimpleFinancialForceRepository(FinancialForceEntityInformation<T, ID> entityInformation,
			FinancialForceOperations operations,
			FinancialForceMappingContext mappingContext) {
		Assert.notNull(entityInformation, "'entityInformation' must not be null");
		Assert.notNull(operations, "'operations' must not be null");
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.entityInformation = entityInformation;
		this.operations = operations;
		this.mappingContext = mappingContext;
		this.exampleCriteria = new ExampleCriteria(mappingContext);
	}

	// -- writes

	@Override
	public <S extends T> S save(S entity) {
		Assert.notNull(entity, "'entity' must not be null");
		switch (writeOf(entity)) {
			case INSERT:
				return this.operations.insert(entity);
			case UPSERT:
				return this.operations.upsert(entity);
			default:
				return this.operations.update(entity);
		}
	}

	@Override
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "'entities' must not be null");
		List<S> all = new ArrayList<>();
		entities.forEach(all::add);
		Assert.noNullElements(all, "'entities' must not hold null");
		List<S> inserts = new ArrayList<>();
		List<S> upserts = new ArrayList<>();
		List<S> updates = new ArrayList<>();
		List<Write> writes = new ArrayList<>(all.size());
		for (S entity : all) {
			Write write = writeOf(entity);
			writes.add(write);
			((write == Write.INSERT) ? inserts : (write == Write.UPSERT) ? upserts : updates).add(entity);
		}
		List<S> inserted = inserts.isEmpty() ? List.of() : this.operations.insertAll(inserts);
		List<S> upserted = upserts.isEmpty() ? List.of() : this.operations.upsertAll(upserts);
		List<S> updated = updates.isEmpty() ? List.of() : this.operations.updateAll(updates);
		List<S> saved = new ArrayList<>(all.size());
		int[] next = new int[3];
		for (Write write : writes) {
			List<S> source = (write == Write.INSERT) ? inserted : (write == Write.UPSERT) ? upserted : updated;
			saved.add(source.get(next[write.ordinal()]++));
		}
		return saved;
	}

	private Write writeOf(T entity) {
		if (!this.entityInformation.isNew(entity)) {
			return Write.UPDATE;
		}
		return (this.entityInformation.getExternalId(entity) != null) ? Write.UPSERT : Write.INSERT;
	}

	@Override
	public void deleteById(ID id) {
		Assert.notNull(id, "'id' must not be null");
		this.operations.deleteById(id.toString(), type());
	}

	@Override
	public void delete(T entity) {
		Assert.notNull(entity, "'entity' must not be null");
		if (!this.entityInformation.isNew(entity)) {
			this.operations.delete(entity);
		}
	}

	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		Assert.notNull(ids, "'ids' must not be null");
		List<String> all = idStrings(ids);
		if (!all.isEmpty()) {
			this.operations.deleteAllById(all, type());
		}
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "'entities' must not be null");
		List<ID> ids = new ArrayList<>();
		for (T entity : entities) {
			ID id = this.entityInformation.getId(entity);
			if (id != null) {
				ids.add(id);
			}
		}
		deleteAllById(ids);
	}

	@Override
	public void deleteAll() {
		List<T> rows = this.operations.find(Query.empty().columns(idProperty()), type());
		deleteAll(rows);
	}

	// -- reads

	@Override
	public Optional<T> findById(ID id) {
		Assert.notNull(id, "'id' must not be null");
		return this.operations.findById(id.toString(), type());
	}

	@Override
	public boolean existsById(ID id) {
		Assert.notNull(id, "'id' must not be null");
		return this.operations.exists(Query.query(Criteria.where(idProperty()).is(id.toString())), type());
	}

	@Override
	public List<T> findAll() {
		return this.operations.findAll(type());
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		Assert.notNull(ids, "'ids' must not be null");
		List<String> all = idStrings(ids);
		return all.isEmpty() ? List.of() : this.operations.findAllById(all, type());
	}

	@Override
	public long count() {
		return this.operations.count(Query.empty(), type());
	}

	@Override
	public List<T> findAll(Sort sort) {
		Assert.notNull(sort, "'sort' must not be null");
		return this.operations.find(Query.empty().sort(sort), type());
	}

	@Override
	public Page<T> findAll(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		return page(Query.empty(), pageable, type());
	}

	// -- query by example

	@Override
	public <S extends T> Optional<S> findOne(Example<S> example) {
		return this.operations.findOne(Query.query(criteria(example)), example.getProbeType());
	}

	@Override
	public <S extends T> List<S> findAll(Example<S> example) {
		return this.operations.find(Query.query(criteria(example)), example.getProbeType());
	}

	@Override
	public <S extends T> List<S> findAll(Example<S> example, Sort sort) {
		Assert.notNull(sort, "'sort' must not be null");
		return this.operations.find(Query.query(criteria(example)).sort(sort), example.getProbeType());
	}

	@Override
	public <S extends T> Page<S> findAll(Example<S> example, Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		return page(Query.query(criteria(example)), pageable, example.getProbeType());
	}

	@Override
	public <S extends T> long count(Example<S> example) {
		return this.operations.count(Query.query(criteria(example)), example.getProbeType());
	}

	@Override
	public <S extends T> boolean exists(Example<S> example) {
		return this.operations.exists(Query.query(criteria(example)), example.getProbeType());
	}

	@Override
	public <S extends T, R> R findBy(Example<S> example, Function<FetchableFluentQuery<S>, R> queryFunction) {
		Assert.notNull(queryFunction, "'queryFunction' must not be null");
		FetchableFluentQuery<S> fluent = new FluentQueryByExample<>(this.operations, this.mappingContext,
				new SpelAwareProxyProjectionFactory(), Query.query(criteria(example)), example.getProbeType(),
				example.getProbeType());
		return queryFunction.apply(fluent);
	}

	private Criteria criteria(Example<?> example) {
		Assert.notNull(example, "'example' must not be null");
		return this.exampleCriteria.of(example);
	}

	private <S> Page<S> page(Query query, Pageable pageable, Class<S> type) {
		if (pageable.isPaged()) {
			OffsetCap.check(pageable.getOffset(), "page " + pageable.getPageNumber());
		}
		List<S> content = this.operations.find(query.with(pageable), type);
		return PageableExecutionUtils.getPage(content, pageable, () -> this.operations.count(query, type));
	}

	private List<String> idStrings(Iterable<? extends ID> ids) {
		List<String> all = new ArrayList<>();
		for (ID id : ids) {
			Assert.notNull(id, "'ids' must not hold null");
			all.add(id.toString());
		}
		return all;
	}

	private Class<T> type() {
		return this.entityInformation.getJavaType();
	}

	private String idProperty() {
		return this.entityInformation.getIdPropertyName();
	}

	private enum Write {

		INSERT, UPSERT, UPDATE

	}

}
