/**
 * Cross-cutting building blocks every module may use: time-ordered ids,
 * input violations and their RFC 9457 rendering.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package org.caravan.common;
