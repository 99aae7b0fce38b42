package org.caravan.reference;

import java.util.Optional;

/** A subheading of the built-in pilot tariff with its product category and any restriction. */
public record TariffLine(String subheading, String category, String description, Optional<Restriction> restriction) {
}
