/**
 * The embedded store's file protection, credentials and integrity check, shared by every
 * module that keeps tables in it.
 */
@org.springframework.modulith.NamedInterface("store")
package org.caravan.common.store;
