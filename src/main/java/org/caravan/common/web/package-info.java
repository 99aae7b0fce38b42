/** Problem details (RFC 9457) and request limits shared by every module's web adapter. */
@org.springframework.modulith.NamedInterface("web")
package org.caravan.common.web;
