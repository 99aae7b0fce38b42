/**
 * The corridor (docs/corridor.md): each administration runs its own Caravan node, and the node
 * that receives a filing shares it, with its risk result and decision, with the next
 * administration on the route through messages signed with its key, on Kafka. What is shared
 * with each partner is configured per partner and enforced as each message is written.
 */
package org.caravan.exchange.internal.corridor;
