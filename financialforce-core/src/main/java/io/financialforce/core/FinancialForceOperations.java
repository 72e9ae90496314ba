package io.financialforce.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.financialforce.core.query.Query;
import io.financialforce.core.query.Update;

/**
 * What can be done with mapped sObjects: the contract of {@code FinancialForceTemplate}, the entry point of
 * FinancialForce for Spring.
 * <p>
 * <b>Reads</b> become exactly one SOQL statement each, pushed down to the API: filter, sort, limit, offset,
 * projection, counts and existence run on the server; parent references are read through relationship paths and
 * child collections through subqueries in that same statement, and only when the {@link Query} asks for them
 * ({@link Query#include(String...)}), so there is never one call per row. Large results are read page by page
 * ({@code nextRecordsUrl}), lazily for streams ({@link #stream(Query, Class)} and
 * {@link #stream(String, Map, Class)}).
 * <p>
 * <b>Writes</b> send only the fields the org lets the operation set (createable on insert, updateable on update).
 * Batches go out as sObject Collections, at most 200 records a call. A failed record is never dropped: the batch
 * methods throw a {@link BatchWriteException} listing every record's outcome unless the caller asks for the
 * {@link BatchResult} instead ({@link BatchOptions#returnFailures()}).
 * <p>
 * <b>Errors</b> are Spring {@code DataAccessException}s that keep the API's error code and message: an unknown
 * field is an {@code InvalidDataAccessResourceUsageException}, a duplicate external id a
 * {@code DuplicateKeyException}, an exhausted API allowance a transient exception, and so on.
 * <p>
 * Ids are the org's 18-character record ids. Every type passed in must be mapped ({@code @SObject}, or named like
 * its sObject).
 */
public interface FinancialForceOperations {

	/**
	 * Reads the record with that id.
	 * @param id the record id
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return the entity, or empty if no such record exists (or it is deleted)
	 */
	<T> Optional<T> findById(String id, Class<T> type);

	/**
	 * Reads the records with those ids, in as few {@code IN} queries as the API's limits allow.
	 * @param ids the record ids
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return the entities found, in no particular order
	 */
	<T> List<T> findAllById(Collection<String> ids, Class<T> type);

	/**
	 * Reads every record of a type.
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return the entities
	 */
	<T> List<T> findAll(Class<T> type);

	/**
	 * Reads the records a query matches.
	 * @param query the query
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return the entities, in the query's order
	 */
	<T> List<T> find(Query query, Class<T> type);

	/**
	 * Reads the one record a query matches.
	 * @param query the query
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return the entity, or empty if none matches
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException if more than one matches
	 */
	<T> Optional<T> findOne(Query query, Class<T> type);

	/**
	 * Streams the records a query matches, reading the next page only when the stream reaches it. Close the stream
	 * (try-with-resources) to stop paging early.
	 * @param query the query
	 * @param type the mapped type
	 * @param <T> the mapped type
	 * @return a lazy stream of entities
	 */
	<T> Stream<T> stream(Query query, Class<T> type);

	/**
	 * Runs SOQL written by hand, binding {@code :name} parameters as escaped literals (never as text). The result
	 * type may be a mapped entity, a record or interface matching the select list (aliases included, as for
	 * aggregate queries), or {@code Map}.
	 * @param soql the SOQL statement
	 * @param parameters values of its {@code :name} parameters
	 * @param type the result type
	 * @param <T> the result type
	 * @return the rows, in the statement's order
	 * @throws IllegalArgumentException (a {@code SoqlSyntaxException}) if the statement is not valid SOQL
	 */
	<T> List<T> query(String soql, Map<String, ?> parameters, Class<T> type);

	/**
	 * Streams the rows of SOQL written by hand, as {@link #query(String, Map, Class)} reads them, but lazily: the
	 * statement is sent when the stream is created and each further page is read only when the stream reaches it.
	 * Close the stream (try-with-resources) to release the query cursor; no further page is read after that.
	 * @param soql the SOQL statement
	 * @param parameters values of its {@code :name} parameters
	 * @param type the result type
	 * @param <T> the result type
	 * @return a lazy stream of rows, in the statement's order
	 * @throws IllegalArgumentException (a {@code SoqlSyntaxException}) if the statement is not valid SOQL
	 */
	<T> Stream<T> stream(String soql, Map<String, ?> parameters, Class<T> type);

	/**
	 * Counts the records a query matches with one {@code SELECT COUNT()}.
	 * @param query the query (its sort, limit and offset are ignored)
	 * @param type the mapped type
	 * @return the count
	 */
	long count(Query query, Class<?> type);

	/**
	 * Tells whether any record matches a query, with one {@code LIMIT 1} query.
	 * @param query the query
	 * @param type the mapped type
	 * @return whether a record matches
	 */
	boolean exists(Query query, Class<?> type);

	/**
	 * Inserts one entity and returns it with its new id.
	 * @param entity the entity; its id must be {@code null}
	 * @param <T> the mapped type
	 * @return the entity with its id set (a copy for immutable types)
	 */
	<T> T insert(T entity);

	/**
	 * Inserts entities in sObject Collections calls of at most 200 records; throws if any record fails.
	 * @param entities the entities
	 * @param <T> the mapped type
	 * @return the entities with their ids set, in the given order
	 * @throws BatchWriteException if any record failed, listing every record's outcome
	 */
	<T> List<T> insertAll(Collection<? extends T> entities);

	/**
	 * Inserts entities in sObject Collections calls of at most 200 records, as the options say.
	 * @param entities the entities
	 * @param options whether a failure rolls back the call, and whether failures are thrown or returned
	 * @param <T> the mapped type
	 * @return every record's outcome, in the given order
	 */
	<T> BatchResult<T> insertAll(Collection<? extends T> entities, BatchOptions options);

	/**
	 * Updates one entity by its id, sending its updateable fields.
	 * @param entity the entity; its id must be set
	 * @param <T> the mapped type
	 * @return the entity
	 */
	<T> T update(T entity);

	/**
	 * Updates exactly the fields an {@link Update} names, by the record's id; a {@code null} value clears its field.
	 * @param id the record id
	 * @param update the changes, by property name or field API name
	 * @param type the mapped type
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException for an unknown name, a field that cannot be
	 * updated, or a value of the wrong type (before any call)
	 */
	void update(String id, Update update, Class<?> type);

	/**
	 * Updates entities in sObject Collections calls; throws if any record fails.
	 * @param entities the entities, each with its id
	 * @param <T> the mapped type
	 * @return the entities
	 * @throws BatchWriteException if any record failed, listing every record's outcome
	 */
	<T> List<T> updateAll(Collection<? extends T> entities);

	/**
	 * Updates entities in sObject Collections calls, as the options say.
	 * @param entities the entities, each with its id
	 * @param options whether a failure rolls back the call, and whether failures are thrown or returned
	 * @param <T> the mapped type
	 * @return every record's outcome, in the given order
	 */
	<T> BatchResult<T> updateAll(Collection<? extends T> entities, BatchOptions options);

	/**
	 * Inserts or updates one entity by its {@code @ExternalId} property.
	 * @param entity the entity; its external id must be set
	 * @param <T> the mapped type
	 * @return the entity with its id set
	 */
	<T> T upsert(T entity);

	/**
	 * Inserts or updates entities by their {@code @ExternalId} property in sObject Collections calls; throws if any
	 * record fails.
	 * @param entities the entities
	 * @param <T> the mapped type
	 * @return the entities with their ids set
	 * @throws BatchWriteException if any record failed, listing every record's outcome
	 */
	<T> List<T> upsertAll(Collection<? extends T> entities);

	/**
	 * Deletes one entity by its id. Deleted records go to the org's recycle bin.
	 * @param entity the entity; its id must be set
	 */
	void delete(Object entity);

	/**
	 * Deletes the record with that id.
	 * @param id the record id
	 * @param type the mapped type
	 * @return whether a record was deleted ({@code false} if none existed)
	 */
	boolean deleteById(String id, Class<?> type);

	/**
	 * Deletes records by id in sObject Collections calls of at most 200 ids; throws if any record fails.
	 * @param ids the record ids
	 * @param type the mapped type
	 * @throws BatchWriteException if any record failed, listing every record's outcome
	 */
	void deleteAllById(Collection<String> ids, Class<?> type);

	/**
	 * Explains how a query runs: the SOQL sent, what (if anything) runs client-side, and the API calls it costs.
	 * Makes no API call.
	 * @param query the query
	 * @param type the mapped type
	 * @return the plan
	 */
	QueryPlan explain(Query query, Class<?> type);

}
