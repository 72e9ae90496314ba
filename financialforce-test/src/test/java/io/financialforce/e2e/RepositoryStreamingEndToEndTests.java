package io.financialforce.e2e;

import java.util.Iterator;
import java.util.stream.Stream;

import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.QueryOptions;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.e2e.DemoOrgEntities.Invoice;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import io.financialforce.repository.FinancialForceRepository;
import io.financialforce.repository.Query;
import io.financialforce.repository.support.FinancialForceRepositoryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository {@code Stream} of 20,000 rows, derived or {@code @Query}, reads its pages one at a time, as it is
 * consumed: the rows already passed are never held, the pages not yet reached are never requested, and closing the
 * stream releases its cursor.
 */
class RepositoryStreamingEndToEndTests {

	private static final int INVOICES = 20_000;

	private static final int PAGE = 2_000;

	private static FinancialForceEmulator emulator;

	private static InvoiceRepository invoices;

	@BeforeAll
	static void startOrg() {
		emulator = FinancialForceEmulator.builder().scale(INVOICES).start();
		FinancialForceClient client = EmulatorClients.client(emulator);
		FinancialForceMappingContext mappingContext = new FinancialForceMappingContext();
		FinancialForceTemplate template = new FinancialForceTemplate(client, mappingContext);
		template.setQueryOptions(QueryOptions.batchSize(PAGE));
		invoices = new FinancialForceRepositoryFactory(template, mappingContext)
			.getRepository(InvoiceRepository.class);
	}

	@AfterAll
	static void stopOrg() {
		emulator.close();
	}

	@Test
	void streamsTwentyThousandRowsPageByPage() {
		emulator.reset();
		long seen = 0;
		try (Stream<Invoice> stream = invoices.streamAllByOrderByDueDate()) {
			Iterator<Invoice> rows = stream.iterator();
			while (rows.hasNext()) {
				assertThat(rows.next().id()).isNotNull();
				seen++;
				if (seen % PAGE == 0) {
					// at most the page being read and the one after it have been requested
					long pages = emulator.requestCount(RequestFamily.QUERY)
							+ emulator.requestCount(RequestFamily.QUERY_MORE);
					assertThat(pages).isBetween(seen / PAGE, seen / PAGE + 1);
				}
			}
		}
		assertThat(seen).isEqualTo(INVOICES);
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(INVOICES / PAGE - 1);
	}

	@Test
	void queryAnnotationStreamRequestsOnlyThePageItReads() {
		emulator.reset();
		try (Stream<Invoice> stream = invoices.firstSixThousandByName()) {
			assertThat(stream.findFirst()).isPresent();
		}
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isZero();
	}

	@Test
	void closingAQueryAnnotationStreamReleasesItsCursor() {
		emulator.reset();
		Stream<Invoice> stream = invoices.firstSixThousandByName();
		Iterator<Invoice> rows = stream.iterator();
		for (int i = 0; i < PAGE; i++) {
			rows.next();
		}
		stream.close();
		assertThat(rows.hasNext()).isFalse();
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isZero();
	}

	@Test
	void queryAnnotationStreamReadsEveryPageOnceToTheEnd() {
		emulator.reset();
		try (Stream<Invoice> stream = invoices.firstSixThousandByName()) {
			assertThat(stream.map(Invoice::name).distinct().count()).isEqualTo(3 * PAGE);
		}
		assertThat(emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(emulator.requestCount(RequestFamily.QUERY_MORE)).isEqualTo(2);
	}

	interface InvoiceRepository extends FinancialForceRepository<Invoice, String> {

		Stream<Invoice> streamAllByOrderByDueDate();

		@Query("SELECT Id, Name, c2g__DueDate__c FROM c2g__codaInvoice__c ORDER BY Name LIMIT 6000")
		Stream<Invoice> firstSixThousandByName();

	}

}
