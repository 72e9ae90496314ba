package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One value of a picklist field.
 *
 * @param value the API value
 * @param label the label users see
 * @param active whether the value can be chosen
 * @param defaultValue whether it is the field's default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PicklistValue(String value, @Nullable String label, boolean active, boolean defaultValue) {

}
