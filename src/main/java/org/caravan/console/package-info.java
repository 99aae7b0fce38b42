/**
 * Console: the web UI for officers, analysts and consumers, on other modules' public APIs only. Not built yet.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.console;
