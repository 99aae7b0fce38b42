/** The servlet container's own error answers, rendered as problem details. */
package org.caravan.common.web.internal;
