package io.financialforce.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one enum constant that a picklist value without a constant of its own is read as, so that a value an
 * administrator adds to the picklist never breaks reading. Such a constant cannot be written. An enum without it
 * reads unknown values as {@code null} (and leaves them out of multi-select sets), logging one warning per value.
 *
 * @since 0.1.0
 * @see PicklistValue
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UnknownPicklistValue {

}
