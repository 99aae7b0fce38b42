package org.caravan.common.logging;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with the personal data a filing may carry masked: consumer ids, e-mail
 * addresses and runs of digits long enough to be a phone or national identity number. Logs
 * travel further than the store (to operators, to log platforms), so what slips into a
 * message, an echoed field or a library's complaint about a value, is cut here. Names and
 * addresses cannot be told by their shape: the code logs tracking numbers, never them, and
 * a test holds it to that.
 */
public class PersonalDataMasking extends MessageConverter {

    private static final Pattern CONSUMER_ID = Pattern.compile("\\b([A-Z]{2})-P\\d{6,}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    // not inside a word, an id, a decimal, an address or a time: a phone or identity number standing alone
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w.:/-])\\+?\\d(?:[ -]?\\d){8,14}(?![\\w.:/-])");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String masked = CONSUMER_ID.matcher(message).replaceAll("$1-P***");
        masked = EMAIL.matcher(masked).replaceAll("***@***");
        return LONG_NUMBER.matcher(masked).replaceAll("***");
    }
}
