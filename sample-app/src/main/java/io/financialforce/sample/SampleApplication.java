package io.financialforce.sample;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Runs the receivables sample on the embedded FinancialForce emulator, or on a real org when configured. Nothing
 * FinancialForce-specific is declared here: the starter configures the client, the template and the repositories
 * of this package from {@code financialforce.*} properties.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * The clock that decides what "today" is for the ageing report.
	 * @return the system clock in UTC
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
