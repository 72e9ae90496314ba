package io.financialforce.repository.sample;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.Param;

/**
 * A repository with a method for each kind of derived and {@code @Query} method.
 */
public interface InvoiceRepository extends FinancialForceRepository<Invoice, String>, InvoiceRepositoryCustom {

	List<Invoice> findByName(String name);

	<T> List<T> findByName(String name, Class<T> type);

	Optional<Invoice> findByExternalId(String externalId);

	Invoice getByExternalId(String externalId);

	List<Invoice> findByAccount_NameOrderByTotalDesc(String accountName);

	Stream<Invoice> streamByPaidFalse();

	Page<Invoice> findByPaidFalse(Pageable pageable);

	Slice<Invoice> readByPaidFalse(Pageable pageable);

	List<Invoice> findByPaidFalse(Sort sort);

	List<Invoice> queryByPaidFalse(Pageable pageable);

	List<Invoice> findByPaidFalse(Limit limit);

	List<Invoice> findTop3ByOrderByTotalDesc();

	Invoice findFirstByOrderByTotalAsc();

	Window<Invoice> findFirst5ByPaidFalseOrderByDueDate(ScrollPosition position);

	Window<Invoice> findByPaidFalseOrderByTotalDesc(ScrollPosition position, Limit limit);

	Window<InvoiceSummary> searchByPaidFalseOrderByName(ScrollPosition position, Limit limit);

	Window<Invoice> findFirst3ByOrderByAccount_Name(ScrollPosition position);

	Window<Invoice> findFirst5ByPaidFalseOrderByDueDate(ScrollPosition position, Sort sort);

	List<Invoice> findDistinctByPaidFalse();

	<T> List<T> findDistinctByPaidFalse(Class<T> type);

	long countDistinctByPaidFalse();

	long countByPaidFalse();

	int countByName(String name);

	boolean existsByName(String name);

	long deleteByPaidTrue();

	List<Invoice> removeByName(String name);

	void deleteByAccount_Name(String accountName);

	List<InvoiceSummary> findSummariesByPaidFalseOrderByName();

	List<InvoiceView> findViewsByPaidFalseOrderByName();

	@Query("SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = :name AND c2g__Paid__c = :paid")
	List<Invoice> named(@Param("name") String name, @Param("paid") boolean paid);

	@Query("SELECT Id, Name FROM c2g__codaInvoice__c WHERE Name = ?1")
	Optional<Invoice> positional(String name);

	@Query("SELECT c2g__Account__r.Name account, SUM(c2g__InvoiceTotal__c) total FROM c2g__codaInvoice__c "
			+ "GROUP BY c2g__Account__r.Name")
	List<AccountTotal> totalsByAccount();

	@Query("SELECT c2g__Account__r.Name account, SUM(c2g__InvoiceTotal__c) total FROM c2g__codaInvoice__c "
			+ "GROUP BY c2g__Account__r.Name")
	Stream<AccountTotalView> totalsByAccountAsStream();

}
