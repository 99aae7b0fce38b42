package org.caravan.reference;

/** A name that matches a watchlist entry exactly after normalisation. */
public record WatchlistHit(String list, String listedName, String reference) {
}
