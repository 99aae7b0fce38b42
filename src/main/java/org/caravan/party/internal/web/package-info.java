/** The built-in OAuth 2.0 token endpoint. */
package org.caravan.party.internal.web;
