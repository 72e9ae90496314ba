package io.financialforce.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What an observation of a {@code FinancialForceClient} operation knows: the operation, its sObject and API version,
 * the SOQL of a query, and, as the operation runs, the HTTP requests it sent (retries and the replay after a session
 * renewal included), the status of the latest answer and the records it read or wrote.
 * <p>
 * The client fills it in on the thread that runs the operation. It never holds a credential.
 *
 * @since 0.1.0
 */
public final class FinancialForceObservationContext extends Observation.Context {

	private final ClientOperation operation;

	private final @Nullable String sObject;

	private final String apiVersion;

	private @Nullable String soql;

	private int page;

	private long records = -1;

	private int requests;

	private int status;

	/**
	 * Creates a context.
	 * @param operation the operation
	 * @param sObject the sObject's API name, {@literal null} when the operation names none
	 * @param apiVersion the client's API version, for example {@code 65.0}
	 */
	public FinancialForceObservationContext(ClientOperation operation, @Nullable String sObject, String apiVersion) {
		Assert.notNull(operation, "'operation' must not be null");
		Assert.hasText(apiVersion, "'apiVersion' must not be empty");
		this.operation = operation;
		this.sObject = sObject;
		this.apiVersion = apiVersion;
	}

	/**
	 * The operation.
	 * @return the operation
	 */
	public ClientOperation getOperation() {
		return this.operation;
	}

	/**
	 * The sObject the operation reads or writes: the outer {@code FROM} of a query, the object of a record call.
	 * @return the API name, {@literal null} when unknown
	 */
	public @Nullable String getSObject() {
		return this.sObject;
	}

	/**
	 * The client's API version.
	 * @return the version, for example {@code 65.0}
	 */
	public String getApiVersion() {
		return this.apiVersion;
	}

	/**
	 * The SOQL of a query and of its further pages. Conventions add it to key values only when asked to, because
	 * it may hold personal or confidential values.
	 * @return the SOQL, {@literal null} for other operations
	 */
	public @Nullable String getSoql() {
		return this.soql;
	}

	/**
	 * Sets the SOQL of a query.
	 * @param soql the SOQL
	 */
	public void setSoql(@Nullable String soql) {
		this.soql = soql;
	}

	/**
	 * The number of the query page this observation fetched, from 1.
	 * @return the page number, {@code 0} when the operation is not a page of a query the client started
	 */
	public int getPage() {
		return this.page;
	}

	/**
	 * Sets the query page number.
	 * @param page the number, from 1
	 */
	public void setPage(int page) {
		this.page = page;
	}

	/**
	 * The records the operation read (a query page, a retrieve) or sent to be written.
	 * @return the count, {@code -1} when not known (the operation failed, or is not about records)
	 */
	public long getRecords() {
		return this.records;
	}

	/**
	 * Sets the records the operation read or sent.
	 * @param records the count
	 */
	public void setRecords(long records) {
		this.records = records;
	}

	/**
	 * The HTTP requests the operation sent: retries, the replay after a session renewal and every chunk of a
	 * collection call included; the login requests of {@link ClientOperation#TOKEN} are not counted.
	 * @return the count
	 */
	public int getRequests() {
		return this.requests;
	}

	/**
	 * The HTTP status of the latest answer.
	 * @return the status, {@code 0} when the latest request got no answer or none was sent
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Records that a request is being sent; the status is reset until it is answered.
	 */
	public void requestSent() {
		this.requests++;
		this.status = 0;
	}

	/**
	 * Records the answer of the latest request.
	 * @param status its HTTP status
	 */
	public void answered(int status) {
		this.status = status;
	}

}
