/** The sign-in page people see before the console: no caller yet, so apart from the signed-in pages. */
package org.caravan.console.internal.signin;
