/**
 * Console: the web UI for officers, analysts and consumers, on other modules' public APIs only. Its front page stands behind the people's sign-in (party's ConsoleSignIn); the workbench comes next.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.console;
