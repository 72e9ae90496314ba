package io.financialforce.benchmarks;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.financialforce.auth.JwtBearerAuthenticator;
import io.financialforce.benchmarks.Entities.Customer;
import io.financialforce.benchmarks.Entities.Invoice;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryOptions;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;
import io.financialforce.emulator.DemoCredentials;

import org.springframework.data.domain.Sort;

import static io.financialforce.core.query.Criteria.where;

/**
 * The workloads through {@link FinancialForceTemplate}: pages of 2,000 with the next page prefetched, batch writes of
 * 200 records a call, sequential or {@value #PARALLEL_CALLS} calls at a time.
 */
final class OurLibrary implements Reads, AutoCloseable {

	static final int PARALLEL_CALLS = 8;

	private final ExecutorService executor = Executors.newFixedThreadPool(PARALLEL_CALLS);

	private final FinancialForceTemplate template;

	private final FinancialForceTemplate parallelTemplate;

	OurLibrary(String loginUrl) {
		DemoCredentials credentials = DemoCredentials.demo();
		FinancialForceClient client = FinancialForceClient
			.builder(JwtBearerAuthenticator.builder(URI.create(loginUrl), credentials.clientId(),
					credentials.username(), credentials.jwtPrivateKey()).build())
			.prefetchExecutor(this.executor)
			.build();
		FinancialForceMappingContext mapping = new FinancialForceMappingContext();
		this.template = new FinancialForceTemplate(client, mapping);
		this.template.setQueryOptions(QueryOptions.batchSize(2000).withPrefetch());
		this.parallelTemplate = new FinancialForceTemplate(client, mapping);
		this.parallelTemplate.setBatchExecutor(this.executor, PARALLEL_CALLS);
	}

	@Override
	public long findAll(int limit) {
		return this.template.find(Query.empty().limit(limit), Invoice.class).size();
	}

	@Override
	public long findAll() {
		return this.template.findAll(Invoice.class).size();
	}

	@Override
	public long findByNamePrefix(String prefix) {
		return this.template.find(Query.query(where("name").startsWith(prefix)), Invoice.class).size();
	}

	@Override
	public long count() {
		return this.template.count(Query.empty(), Invoice.class);
	}

	@Override
	public long exists() {
		return this.template.exists(Query.query(where("status").is("Complete")), Invoice.class) ? 1 : 0;
	}

	@Override
	public long findById(String id) {
		return this.template.findById(id, Invoice.class).isPresent() ? 1 : 0;
	}

	@Override
	public long pageAt(int offset, int size) {
		return this.template.find(Query.empty().sort(Sort.by("id")).offset(offset).limit(size), Invoice.class).size();
	}

	@Override
	public long windowAfter(String lastId, int size) {
		return this.template
			.find(Query.query(where("id").greaterThan(lastId)).sort(Sort.by("id")).limit(size), Invoice.class)
			.size();
	}

	@Override
	public long stream() {
		try (Stream<Invoice> invoices = this.template.stream(Query.empty(), Invoice.class)) {
			return invoices.count();
		}
	}

	/**
	 * The id of the invoice at a position in id order, read before a workload is measured.
	 */
	String idAt(int position) {
		return this.template.find(Query.empty().columns("id").sort(Sort.by("id")).offset(0).limit(position + 1),
				Invoice.class).get(position).id();
	}

	/**
	 * The write workloads through the template.
	 * @param parallel whether collection calls run {@value #PARALLEL_CALLS} at a time or one after another
	 * @return the writes
	 */
	Writes writes(boolean parallel) {
		FinancialForceTemplate writer = parallel ? this.parallelTemplate : this.template;
		return new Writes() {

			@Override
			public List<String> insertAll(int count, String prefix) {
				List<Customer> customers = IntStream.range(0, count)
					.mapToObj((i) -> new Customer(null, prefix + i, "Energy"))
					.toList();
				return writer.insertAll(customers).stream().map(Customer::id).toList();
			}

			@Override
			public long updateAll(List<String> ids) {
				List<Customer> customers = IntStream.range(0, ids.size())
					.mapToObj((i) -> new Customer(ids.get(i), "Updated " + i, "Retail"))
					.toList();
				return writer.updateAll(customers).size();
			}

			@Override
			public long deleteAll(List<String> ids) {
				writer.deleteAllById(ids, Customer.class);
				return ids.size();
			}

		};
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
