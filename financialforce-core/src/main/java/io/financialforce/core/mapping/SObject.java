package io.financialforce.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class or record to an sObject: {@code @SObject("c2g__codaInvoice__c")}. Without it, or without a value, a
 * type maps to the sObject named like its simple class name ({@code Account}).
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SObject {

	/**
	 * The API name of the sObject.
	 * @return e.g. {@code c2g__codaInvoice__c}; empty for the simple class name
	 */
	String value() default "";

}
