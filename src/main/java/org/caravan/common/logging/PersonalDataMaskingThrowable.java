package org.caravan.common.logging;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A logged exception, its messages and causes masked as {@link PersonalDataMasking} masks a
 * message: a driver's or a parser's complaint quotes the value it choked on.
 */
public class PersonalDataMaskingThrowable extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasking.mask(super.convert(event));
    }
}
