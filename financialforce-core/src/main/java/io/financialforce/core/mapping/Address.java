package io.financialforce.core.mapping;

import org.jspecify.annotations.Nullable;

/**
 * The value of a compound address field ({@code address} in describe metadata, e.g. {@code BillingAddress}).
 * Compound fields are read only; write their component fields ({@code BillingStreet}, {@code BillingCity}, ...)
 * instead.
 *
 * @param street the street
 * @param city the city
 * @param state the state or province
 * @param stateCode the state code, when state and country picklists are enabled
 * @param postalCode the postal code
 * @param country the country
 * @param countryCode the country code, when state and country picklists are enabled
 * @param latitude the latitude of the geocoded address
 * @param longitude the longitude of the geocoded address
 * @param geocodeAccuracy how precise the geocode is ({@code Address}, {@code Street}, {@code Zip}, ...)
 * @since 0.1.0
 */
public record Address(@Nullable String street, @Nullable String city, @Nullable String state,
		@Nullable String stateCode, @Nullable String postalCode, @Nullable String country,
		@Nullable String countryCode, @Nullable Double latitude, @Nullable Double longitude,
		@Nullable String geocodeAccuracy) {

}
