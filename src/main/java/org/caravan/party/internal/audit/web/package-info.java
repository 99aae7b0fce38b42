/** The audit trail over HTTP: its verification, its entries, its signed head and the heads other administrations witnessed. */
package org.caravan.party.internal.audit.web;
