package io.financialforce.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the sObject field, parent relationship or child relationship a property maps to.
 * <ul>
 * <li>on a value property: the field, {@code @SObjectField("c2g__DueDate__c") LocalDate dueDate}; the default is the
 * property name with its first letter upper-cased ({@code dueDate} → {@code DueDate}), which matches standard
 * fields;</li>
 * <li>on a parent reference (a property whose type is another mapped type): the relationship,
 * {@code @SObjectField("c2g__Account__r") Account account}; the default is derived from the reference field of the
 * sibling property named {@code <property>Id} ({@code AccountId} → {@code Account}, {@code c2g__Account__c} →
 * {@code c2g__Account__r}), else the capitalised property name;</li>
 * <li>on a child collection ({@code List<InvoiceLine>}): the child relationship,
 * {@code @SObjectField("c2g__InvoiceLineItems__r")}; the default is the capitalised property name
 * ({@code contacts} → {@code Contacts}).</li>
 * </ul>
 * Parent references and child collections are read only when a query asks for them, and never written.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT })
public @interface SObjectField {

	/**
	 * The API name of the field or relationship.
	 * @return e.g. {@code c2g__DueDate__c}; empty for the default
	 */
	String value() default "";

}
