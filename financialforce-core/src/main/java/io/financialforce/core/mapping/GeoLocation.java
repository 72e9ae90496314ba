package io.financialforce.core.mapping;

/**
 * The value of a compound geolocation field ({@code location} in describe metadata). Compound fields are read only;
 * write their component fields ({@code Location__Latitude__s}, {@code Location__Longitude__s}) instead.
 *
 * @param latitude the latitude in degrees
 * @param longitude the longitude in degrees
 * @since 0.1.0
 */
public record GeoLocation(double latitude, double longitude) {

}
