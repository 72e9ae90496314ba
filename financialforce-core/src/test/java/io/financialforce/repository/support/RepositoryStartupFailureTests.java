package io.financialforce.repository.support;

import java.util.List;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;
import io.financialforce.repository.sample.InMemoryOperations;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.InvoiceSummary;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.query.QueryCreationException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Methods SOQL cannot run fail when the repository is created, naming the method and what is wrong.
 */
class RepositoryStartupFailureTests {

	private final FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();

	private final FinancialForceRepositoryFactory factory = new FinancialForceRepositoryFactory(
			new InMemoryOperations(this.mappingContext), this.mappingContext);

	@Test
	void regexNamesMethodAndKeyword() {
		assertFailure(RegexRepository.class, "RegexRepository.findByNameRegex", "Regex",
				"no regular expressions");
	}

	@Test
	void isEmptyOnTextNamesMethodAndKeyword() {
		assertFailure(IsEmptyRepository.class, "IsEmptyRepository.findByNameIsEmpty", "IsEmpty", "IsNull");
	}

	@Test
	void nearNamesMethodAndKeyword() {
		assertFailure(NearRepository.class, "NearRepository.findByNameNear", "Near", "DISTANCE");
	}

	@Test
	void unknownPropertyNamesMethodAndProperty() {
		assertFailure(UnknownPropertyRepository.class, "UnknownPropertyRepository.findByColour", "colour",
				"Invoice");
	}

	@Test
	void distinctProjectionPointsToGroupBy() {
		assertFailure(DistinctRepository.class, "DistinctRepository.findDistinctByName", "Distinct projected values",
				"GROUP BY");
	}

	@Test
	void malformedQueryFailsWithTheParsersPosition() {
		assertFailure(MalformedQueryRepository.class, "MalformedQueryRepository.broken", "malformed @Query",
				"at 1:49, expected a value");
	}

	@Test
	void unknownNamedParameterIsNamed() {
		assertFailure(UnknownParameterRepository.class, "UnknownParameterRepository.named", ":nam", "@Param");
	}

	@Test
	void positionBeyondTheParametersIsNamed() {
		assertFailure(PositionRepository.class, "PositionRepository.positional", "?2", "1 parameters");
	}

	@Test
	void pagedQueryAnnotationIsRejected() {
		assertFailure(PagedQueryRepository.class, "PagedQueryRepository.paged", "Page", "LIMIT and OFFSET");
	}

	@Test
	void scalarQueryAnnotationIsRejected() {
		assertFailure(ScalarQueryRepository.class, "ScalarQueryRepository.total", "returns long", "record");
	}

	@Test
	void projectionOfAnUnmappedPropertyIsNamed() {
		assertFailure(BadProjectionRepository.class, "BadProjectionRepository.findByName", "Colour", "'colour'");
	}

	@Test
	void queryOfAnotherObjectIsRejected() {
		assertFailure(OtherObjectRepository.class, "OtherObjectRepository.accounts", "mapped to c2g__codaInvoice__c",
				"reads Account");
	}

	private void assertFailure(Class<?> repository, String... fragments) {
		var failure = assertThatExceptionOfType(QueryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(repository));
		for (String fragment : fragments) {
			failure.withMessageContaining(fragment);
		}
	}

	interface RegexRepository extends FinancialForceRepository<Invoice, String> {

		List<Invoice> findByNameRegex(String pattern);

	}

	interface IsEmptyRepository extends FinancialForceRepository<Invoice, String> {

		List<Invoice> findByNameIsEmpty();

	}

	interface NearRepository extends FinancialForceRepository<Invoice, String> {

		List<Invoice> findByNameNear(String point);

	}

	interface UnknownPropertyRepository extends FinancialForceRepository<Invoice, String> {

		List<Invoice> findByColour(String colour);

	}

	interface DistinctRepository extends FinancialForceRepository<Invoice, String> {

		List<InvoiceSummary> findDistinctByName(String name);

	}

	interface MalformedQueryRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id FROM c2g__codaInvoice__c WHERE Name = ")
		List<Invoice> broken();

	}

	interface UnknownParameterRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id FROM c2g__codaInvoice__c WHERE Name = :nam")
		List<Invoice> named(@Param("name") String name);

	}

	interface PositionRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id FROM c2g__codaInvoice__c WHERE Name = ?2")
		List<Invoice> positional(String name);

	}

	interface ScalarQueryRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT COUNT() FROM c2g__codaInvoice__c")
		long total();

	}

	interface Colour {

		String getColour();

	}

	interface BadProjectionRepository extends FinancialForceRepository<Invoice, String> {

		List<Colour> findByName(String name);

	}

	interface OtherObjectRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id, Name FROM Account")
		List<Invoice> accounts();

	}

	interface PagedQueryRepository extends FinancialForceRepository<Invoice, String> {

		@Query("SELECT Id FROM c2g__codaInvoice__c")
		Page<Invoice> paged(Pageable pageable);

	}

}
