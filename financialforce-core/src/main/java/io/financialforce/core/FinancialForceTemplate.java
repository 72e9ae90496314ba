package io.financialforce.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryCursor;
import io.financialforce.client.QueryOptions;
import io.financialforce.client.RecordReader;
import io.financialforce.client.SaveResult;
import io.financialforce.core.mapping.FinancialForceMappingContext;

import io.financialforce.core.convert.RecordWriter;
import io.financialforce.core.convert.WriteOperation;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.query.Query;
import io.financialforce.core.query.Update;
import io.financialforce.soql.Select;
import io.financialforce.soql.SoqlParser;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.MappingException;
import org.springframework.util.Assert;

import static io.financialforce.core.query.Criteria.where;

/**
 * The default {@link FinancialForceOperations}: maps entities with a {@link FinancialForceMappingContext}, turns
 * every query into one SOQL statement and calls the REST API through a {@link FinancialForceClient}.
 * Thread-safe once configured.
 */
public class FinancialForceTemplate implements FinancialForceOperations {

	/** Reads nothing of a record but its presence. */
	private static final RecordReader<Boolean> ID_ONLY = (parser) -> {
		parser.skipChildren();
		return Boolean.TRUE;
	};

	/** The most ids in one {@code IN} list of {@link #findAllById}, keeping the request URI well under its limit. */
	static final int IDS_PER_QUERY = 200;

	/** The longest {@code fields} list {@link #findById} sends in a retrieve URL; longer ones go as a query. */
	static final int MAX_RETRIEVE_FIELDS_LENGTH = 8_000;

	/** The largest list a read sizes up front from the query's total size. */
	private static final int MAX_PRESIZE = 100_000;

	private final FinancialForceClient client;

	private final FinancialForceMappingContext mappingContext;

	private final SelectMapper selects;

	private final io.financialforce.core.convert.RecordReader reader;

	private final RecordWriter writer;

	private QueryOptions queryOptions = QueryOptions.DEFAULTS;

	private boolean allOrNone;

	private BatchWriter batchWriter = new BatchWriter(null, 1);

	/**
	 * Creates a template.
	 * @param client the client of the org
	 * @param mappingContext the mapping of entity types to sObjects
	 */
	public FinancialForceTemplate(FinancialForceClient client, FinancialForceMappingContext mappingContext) {
		Assert.notNull(client, "'client' must not be null");
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.client = client;
		this.mappingContext = mappingContext;
		this.selects = new SelectMapper(new PropertyPaths(mappingContext));
		this.reader = new io.financialforce.core.convert.RecordReader(mappingContext, this::remainingChildren);
		this.writer = new RecordWriter(mappingContext);
	}

	/**
	 * Sets the options of every query: page size and prefetching of the next page. The reads that return a list
	 * ({@code find}, {@code findAll}, {@code query}) read every page, so they always fetch the next page ahead on
	 * the client's prefetch executor, which never costs an extra request; {@link #stream} fetches ahead only when
	 * {@link QueryOptions#prefetch()} is on, because a stream closed early would have paid for a page it never read.
	 * @param queryOptions the options
	 */
	public void setQueryOptions(QueryOptions queryOptions) {
		Assert.notNull(queryOptions, "'queryOptions' must not be null");
		this.queryOptions = queryOptions;
	}

	/**
	 * Sets whether a failed record rolls back the other records of its sObject Collections call in the batch methods
	 * without {@link BatchOptions}. Off by default.
	 * @param allOrNone whether batches are all or none per call
	 */
	public void setAllOrNone(boolean allOrNone) {
		this.allOrNone = allOrNone;
	}

	/**
	 * Lets batch writes send up to {@code maxConcurrentCalls} sObject Collections calls at a time on
	 * {@code executor}; by default they are sent one after the other. Keep the number within the org's limit of
	 * concurrent long-running requests (25 in production orgs, 5 in Developer Edition).
	 * @param executor runs the calls
	 * @param maxConcurrentCalls the most calls in flight, at least 1
	 */
	public void setBatchExecutor(Executor executor, int maxConcurrentCalls) {
		Assert.notNull(executor, "'executor' must not be null");
		Assert.isTrue(maxConcurrentCalls >= 1, "'maxConcurrentCalls' must be at least 1");
		this.batchWriter = new BatchWriter(executor, maxConcurrentCalls);
	}

	/**
	 * The client this template calls.
	 * @return the client
	 */
	public FinancialForceClient getClient() {
		return this.client;
	}

	/**
	 * The mapping this template uses.
	 * @return the mapping context
	 */
	public FinancialForceMappingContext getMappingContext() {
		return this.mappingContext;
	}

	/**
	 * Reads the record with the sObject retrieve resource ({@code GET /sobjects/{name}/{id}?fields=...}), which
	 * answers a missing or deleted record with HTTP 404 ({@code NOT_FOUND}): one request, no SOQL to build, render
	 * or plan. A type whose field list would make too long a URL is read with a query instead.
	 */
	@Override
	public <T> Optional<T> findById(String id, Class<T> type) {
		String recordId = RecordIds.require(id);
		FinancialForcePersistentEntity<?> entity = entity(type);
		List<String> fields = this.selects.retrieveFields(entity);
		if (fields.stream().mapToInt((field) -> field.length() + 1).sum() > MAX_RETRIEVE_FIELDS_LENGTH) {
			return findOne(Query.query(where("Id").is(recordId)), type);
		}
		try {
			return Optional.of(this.client.retrieve(entity.getObjectName(), recordId, fields, reader(type)));
		}
		catch (FinancialForceNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public <T> List<T> findAllById(Collection<String> ids, Class<T> type) {
		Assert.notNull(ids, "'ids' must not be null");
		List<String> distinct = ids.stream().map(RecordIds::require).distinct().toList();
		List<T> found = new ArrayList<>(distinct.size());
		for (List<String> chunk : Chunks.of(distinct, IDS_PER_QUERY)) {
			found.addAll(find(Query.query(where("Id").in(chunk)), type));
		}
		return found;
	}

	@Override
	public <T> List<T> findAll(Class<T> type) {
		return find(Query.empty(), type);
	}

	@Override
	public <T> List<T> find(Query query, Class<T> type) {
		try (QueryCursor<T> cursor = open(query, type, this.queryOptions.withPrefetch())) {
			List<T> results = new ArrayList<>((int) Math.min(cursor.totalSize(), MAX_PRESIZE));
			cursor.forEachRemaining(results::add);
			return results;
		}
	}

	@Override
	public <T> Optional<T> findOne(Query query, Class<T> type) {
		boolean limited = query.limit() != null && query.limit() <= 2;
		List<T> found = find(limited ? query : query.limit(2), type);
		if (found.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(
					"More than one " + type.getSimpleName() + " matches " + query.criteria(), 1, found.size());
		}
		return found.stream().findFirst();
	}

	@Override
	public <T> Stream<T> stream(Query query, Class<T> type) {
		QueryCursor<T> cursor = open(query, type, this.queryOptions);
		return cursor.stream().onClose(cursor::close);
	}

	@Override
	public <T> List<T> query(String soql, Map<String, ?> parameters, Class<T> type) {
		try (QueryCursor<T> cursor = open(soql, parameters, type, this.queryOptions.withPrefetch())) {
			List<T> results = new ArrayList<>((int) Math.min(cursor.totalSize(), MAX_PRESIZE));
			cursor.forEachRemaining(results::add);
			return results;
		}
	}

	@Override
	public <T> Stream<T> stream(String soql, Map<String, ?> parameters, Class<T> type) {
		QueryCursor<T> cursor = open(soql, parameters, type, this.queryOptions);
		return cursor.stream().onClose(cursor::close);
	}

	@Override
	public long count(Query query, Class<?> type) {
		Select select = this.selects.count(query, entity(type));
		try (QueryCursor<?> cursor = run(select, query.includeDeleted(), reader(type), this.queryOptions)) {
			return cursor.totalSize();
		}
	}

	@Override
	public boolean exists(Query query, Class<?> type) {
		Select select = this.selects.exists(query, entity(type));
		try (QueryCursor<?> cursor = run(select, query.includeDeleted(), ID_ONLY, this.queryOptions)) {
			return cursor.hasNext();
		}
	}

	@Override
	public <T> T insert(T entity) {
		Assert.notNull(entity, "'entity' must not be null");
		FinancialForcePersistentEntity<?> mapped = entity(entity.getClass());
		Assert.isNull(this.writer.getId(entity), () -> "Cannot insert a " + entity.getClass().getSimpleName()
				+ " that has an id already; update it instead");
		SaveResult result = this.client.create(mapped.getObjectName(), this.writer.body(entity, WriteOperation.INSERT));
		return this.writer.withId(entity, Saves.requireId(result, entity));
	}

	@Override
	public <T> List<T> insertAll(Collection<? extends T> entities) {
		return this.<T>insertAll(entities, BatchOptions.defaults().withAllOrNone(this.allOrNone)).entitiesOrThrow();
	}

	@Override
	public <T> BatchResult<T> insertAll(Collection<? extends T> entities, BatchOptions options) {
		return batch(entities, options, (objectName, chunk) -> this.client.createAll(objectName,
				records(chunk, WriteOperation.INSERT), options.allOrNone()));
	}

	@Override
	public <T> T update(T entity) {
		Assert.notNull(entity, "'entity' must not be null");
		FinancialForcePersistentEntity<?> mapped = entity(entity.getClass());
		this.client.update(mapped.getObjectName(), requiredId(entity), this.writer.body(entity, WriteOperation.UPDATE));
		return entity;
	}

	@Override
	public void update(String id, Update update, Class<?> type) {
		Assert.notNull(update, "'update' must not be null");
		String objectName = entity(type).getObjectName();
		this.client.update(objectName, RecordIds.require(id), this.writer.partialUpdateBody(type, update.changes()));
	}

	@Override
	public <T> List<T> updateAll(Collection<? extends T> entities) {
		return this.<T>updateAll(entities, BatchOptions.defaults().withAllOrNone(this.allOrNone)).entitiesOrThrow();
	}

	@Override
	public <T> BatchResult<T> updateAll(Collection<? extends T> entities, BatchOptions options) {
		entities.forEach(this::requiredId);
		return batch(entities, options, (objectName, chunk) -> this.client.updateAll(objectName,
				records(chunk, WriteOperation.UPDATE), options.allOrNone()));
	}

	@Override
	public <T> T upsert(T entity) {
		Assert.notNull(entity, "'entity' must not be null");
		FinancialForcePersistentEntity<?> mapped = entity(entity.getClass());
		SaveResult result = this.client.upsert(mapped.getObjectName(), externalIdField(mapped),
				this.writer.getExternalIdValue(entity), this.writer.body(entity, WriteOperation.UPSERT));
		return this.writer.withId(entity, Saves.requireId(result, entity));
	}

	@Override
	public <T> List<T> upsertAll(Collection<? extends T> entities) {
		BatchOptions options = BatchOptions.defaults().withAllOrNone(this.allOrNone);
		return this.<T>batch(entities, options, (objectName, chunk) -> {
			String field = externalIdField(entity(chunk.get(0).getClass()));
			return this.client.upsertAll(objectName, field,
					records(chunk, WriteOperation.UPSERT), options.allOrNone());
		}).entitiesOrThrow();
	}

	@Override
	public void delete(Object entity) {
		Assert.notNull(entity, "'entity' must not be null");
		this.client.delete(entity(entity.getClass()).getObjectName(), requiredId(entity));
	}

	@Override
	public boolean deleteById(String id, Class<?> type) {
		try {
			this.client.delete(entity(type).getObjectName(), RecordIds.require(id));
			return true;
		}
		catch (FinancialForceNotFoundException ex) {
			return false;
		}
	}

	@Override
	public void deleteAllById(Collection<String> ids, Class<?> type) {
		Assert.notNull(ids, "'ids' must not be null");
		String objectName = entity(type).getObjectName();
		List<String> all = ids.stream().map(RecordIds::require).toList();
		BatchWriter.Outcome<String> outcome = this.batchWriter.write(all, (id) -> objectName,
				(name, chunk) -> this.client.deleteAll(chunk, this.allOrNone), (id, deleted) -> id);
		if (outcome.result().hasFailures()) {
			throw new BatchWriteException(outcome.result(), outcome.failure());
		}
	}

	@Override
	public QueryPlan explain(Query query, Class<?> type) {
		Select select = this.selects.select(query, entity(type));
		int pageSize = (this.queryOptions.batchSize() > 0) ? this.queryOptions.batchSize() : 2000;
		int maximum = (query.limit() != null) ? Math.max(1, (query.limit() + pageSize - 1) / pageSize) : -1;
		return new QueryPlan(select.toSoql(), List.of(), 1, maximum);
	}

	private <T> BatchResult<T> batch(Collection<? extends T> entities, BatchOptions options,
			BiFunction<String, List<T>, List<SaveResult>> call) {
		Assert.notNull(entities, "'entities' must not be null");
		Assert.notNull(options, "'options' must not be null");
		List<T> records = new ArrayList<>(entities);
		BatchWriter.Outcome<T> outcome = this.batchWriter.write(records,
				(record) -> entity(record.getClass()).getObjectName(), call, this.writer::withId);
		if (options.throwOnFailure() && outcome.result().hasFailures()) {
			throw new BatchWriteException(outcome.result(), outcome.failure());
		}
		return outcome.result();
	}

	private <T> QueryCursor<T> open(Query query, Class<T> type, QueryOptions options) {
		Assert.notNull(query, "'query' must not be null");
		Select select = this.selects.select(query, entity(type));
		return run(select, query.includeDeleted(), reader(type), options);
	}

	private <T> QueryCursor<T> open(String soql, Map<String, ?> parameters, Class<T> type, QueryOptions options) {
		Assert.hasText(soql, "'soql' must not be empty");
		Assert.notNull(parameters, "'parameters' must not be null");
		Select select = SoqlParser.parse(soql).bind(parameters);
		return this.client.query(select.toSoql(), reader(type), options);
	}

	private <T> QueryCursor<T> run(Select select, boolean includeDeleted, RecordReader<T> reader,
			QueryOptions options) {
		String soql = select.toSoql();
		return includeDeleted ? this.client.queryAll(soql, reader, options) : this.client.query(soql, reader, options);
	}

	private List<Object> remainingChildren(String nextRecordsUrl, RecordReader<Object> reader) {
		try (QueryCursor<Object> rest = this.client.queryMore(nextRecordsUrl, reader)) {
			List<Object> records = new ArrayList<>();
			rest.forEachRemaining(records::add);
			return records;
		}
	}

	private <T> RecordReader<T> reader(Class<T> type) {
		if (Map.class.equals(type)) {
			return (parser) -> type.cast(MapRecords.read(parser));
		}
		return this.reader.readerOf(type);
	}

	private List<Map<String, ?>> records(List<?> entities, WriteOperation operation) {
		return entities.stream().<Map<String, ?>>map((entity) -> this.writer.collectionRecord(entity, operation)).toList();
	}

	private static String externalIdField(FinancialForcePersistentEntity<?> entity) {
		FinancialForcePersistentProperty externalId = entity.getExternalIdProperty();
		if (externalId == null) {
			throw new InvalidDataAccessApiUsageException("Cannot upsert " + PropertyPaths.describe(entity)
					+ ": no property is marked @ExternalId");
		}
		return externalId.getFieldName();
	}

	private String requiredId(Object entity) {
		String id = this.writer.getId(entity);
		if (id == null) {
			throw new InvalidDataAccessApiUsageException("Cannot write a " + entity.getClass().getSimpleName()
					+ " without an id; insert it first, or upsert it by its external id");
		}
		return id;
	}

	private FinancialForcePersistentEntity<?> entity(Class<?> type) {
		Assert.notNull(type, "'type' must not be null");
		try {
			return this.mappingContext.getRequiredPersistentEntity(type);
		}
		catch (MappingException ex) {
			throw new InvalidDataAccessApiUsageException(type.getName() + " is not a mapped type: map a class or"
					+ " record to an sObject (annotate it @SObject(\"Name__c\") or name it like the sObject)", ex);
		}
	}

}
