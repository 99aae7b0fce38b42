package org.caravan.reference.internal;

/**
 * One name of a listed party as a list publishes it: the primary name itself, an alias or the
 * name in its original script. All names of one party share its reference.
 *
 * @param kind individual, entity, vessel or aircraft
 */
public record ListedName(String reference, String primaryName, String name, String kind) {
}
