package io.financialforce.autoconfigure.data.scanned;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Makes this package an auto-configuration package. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ScannedConfiguration {

}
