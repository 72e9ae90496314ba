package io.financialforce.autoconfigure.data.other;

import io.financialforce.repository.FinancialForceRepository;

/** A repository the application enables explicitly. */
public interface SupplierRepository extends FinancialForceRepository<Supplier, String> {

}
