/** The servlet container's own error answers as problem details, and their place in the OpenAPI document. */
package org.caravan.common.web.internal;
