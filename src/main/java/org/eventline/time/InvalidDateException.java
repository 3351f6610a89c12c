package org.eventline.time;

/**
 * A date, period or envelope that cannot be accepted; the message is written for the API client who sent it.
 */
public class InvalidDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longest piece of client input echoed back, so an error body never repeats a huge payload. */
    private static final int MAX_QUOTED_LENGTH = 32;

    public InvalidDateException(String message) {
        super(message);
    }

    /** The client's text in quotes for a message, cut short when it is long. */
    static String quote(String text) {
        if (text.length() <= MAX_QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, MAX_QUOTED_LENGTH) + "…'";
    }
}
