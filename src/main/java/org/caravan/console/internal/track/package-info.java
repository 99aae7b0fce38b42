/** The consumer's tracking pages: open without signing in, in English and Russian, on tracking's ConsumerTracking. */
package org.caravan.console.internal.track;
