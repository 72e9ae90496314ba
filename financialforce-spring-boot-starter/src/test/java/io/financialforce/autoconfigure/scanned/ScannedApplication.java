package io.financialforce.autoconfigure.scanned;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** An application whose package holds one {@code @SObject} type. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ScannedApplication {

}
