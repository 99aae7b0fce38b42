/** The risk profile, its rules and random selection behind risk screening. */
package org.caravan.risk.internal;
