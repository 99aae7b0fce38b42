package org.caravan.risk;

/** How a risk profile document is written. */
public enum ProfileFormat {
    YAML,
    JSON
}
