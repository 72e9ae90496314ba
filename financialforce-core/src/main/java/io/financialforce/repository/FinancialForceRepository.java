package io.financialforce.repository;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.QueryByExampleExecutor;

/**
 * The repository of a mapped sObject type. Each method, built-in or derived from its name, runs as one SOQL
 * statement pushed down to the API (plus a {@code COUNT()} for a {@code Page}); writes go out in sObject Collections
 * batches of at most 200 records.
 * <pre class="code">
 * interface InvoiceRepository extends FinancialForceRepository&lt;Invoice, String&gt; {
 *     List&lt;Invoice&gt; findByAccount_NameAndStatusOrderByDueDate(String account, String status);
 * }
 * </pre>
 *
 * @param <T> the mapped type
 * @param <ID> the id type, usually {@code String}
 */
@NoRepositoryBean
public interface FinancialForceRepository<T, ID>
		extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID>, QueryByExampleExecutor<T> {

}
