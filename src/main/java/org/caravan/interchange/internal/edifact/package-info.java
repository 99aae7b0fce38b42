/**
 * UN/EDIFACT syntax through StAEDI with Caravan's own message schemas: a streaming reader
 * that positions every fault, the CUSCAR mapping to manifest filings, and the writers of
 * CUSCAR, CONTRL, CUSRES and IFTSTA.
 */
package org.caravan.interchange.internal.edifact;
