package io.financialforce.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.autoconfigure.FinancialForceConnectionDetails;
import io.financialforce.emulator.FinancialForceEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Starts the embedded {@link FinancialForceEmulator} as a bean and registers {@link FinancialForceConnectionDetails}
 * for it, which the starter's auto-configuration prefers over the credential properties. Active with
 * {@code financialforce.emulator.enabled=true} (the sample application's embedded default) or
 * {@link AutoConfigureFinancialForceEmulator @AutoConfigureFinancialForceEmulator} (tests).
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = FinancialForceAutoConfiguration.class)
@ConditionalOnBooleanProperty("financialforce.emulator.enabled")
@EnableConfigurationProperties(FinancialForceEmulatorProperties.class)
public final class FinancialForceEmulatorAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	FinancialForceEmulator financialForceEmulator(FinancialForceEmulatorProperties properties,
			ResourceLoader resourceLoader) {
		FinancialForceEmulator.Builder builder = FinancialForceEmulator.builder()
			.port(properties.getPort())
			.demoData(properties.isDemoData())
			.scale(properties.getInvoices());
		for (String location : properties.getFixtures()) {
			builder.json(read(resourceLoader.getResource(location), location));
		}
		return builder.start();
	}

	@Bean
	@ConditionalOnMissingBean
	FinancialForceConnectionDetails financialForceEmulatorConnectionDetails(FinancialForceEmulator emulator) {
		return new EmulatorConnectionDetails(emulator);
	}

	private static String read(Resource resource, String location) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the emulator fixture " + location
					+ " (financialforce.emulator.fixtures); check the location, e.g. classpath:fixtures/org.json", ex);
		}
	}

}
