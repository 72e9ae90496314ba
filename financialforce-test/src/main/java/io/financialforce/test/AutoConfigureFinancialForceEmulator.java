package io.financialforce.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Starts the embedded FinancialForce emulator on a free loopback port for the test's application context and points
 * the auto-configured client, template and repositories at it, the way Spring Boot's service connections plug in a
 * container: no credentials and no {@code financialforce.*} properties are needed, and those set are ignored.
 * <p>
 * Compose it into {@code @SpringBootTest} classes (or your own test annotations):
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureFinancialForceEmulator(fixtures = "classpath:invoices.json")
 * class InvoiceRepositoryTests {
 *
 *     &#64;Autowired InvoiceRepository invoices;
 *     &#64;Autowired FinancialForceEmulator emulator; // to count requests or inject faults
 * }
 * </pre>
 * The emulator is a bean: it lives as long as the (cached) context, so test classes sharing a context share it.
 *
 * @since 0.1.0
 * @see FinancialForceEmulatorAutoConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(FinancialForceEmulatorAutoConfiguration.class)
@PropertyMapping("financialforce.emulator")
public @interface AutoConfigureFinancialForceEmulator {

	/**
	 * Whether to start the emulator and connect to it.
	 * @return {@code true} unless switched off
	 */
	boolean enabled() default true;

	/**
	 * Whether to seed the deterministic FinancialForce demo org (companies, GL accounts, customers, sales invoices).
	 * @return {@code true} for the demo org
	 */
	boolean demoData() default true;

	/**
	 * Sales invoices of the demo org; fewer start faster.
	 * @return the number of invoices
	 */
	int invoices() default 1000;

	/**
	 * Resources of the emulator's JSON format holding the test's own objects and records, loaded at start, for
	 * example {@code classpath:fixtures/invoices.json}.
	 * @return the resource locations
	 */
	String[] fixtures() default {};

}
