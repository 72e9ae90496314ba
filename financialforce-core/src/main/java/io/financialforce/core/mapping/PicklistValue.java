package io.financialforce.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API value of a picklist an enum constant stands for, when it is not the constant's name:
 * {@code @PicklistValue("In Progress") IN_PROGRESS}. Constants without it stand for their own name.
 *
 * @since 0.1.0
 * @see UnknownPicklistValue
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PicklistValue {

	/**
	 * The picklist value as the API sends and expects it.
	 * @return e.g. {@code In Progress}
	 */
	String value();

}
