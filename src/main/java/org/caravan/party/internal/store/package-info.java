/** Registered parties and their credential hashes in their table. */
package org.caravan.party.internal.store;
