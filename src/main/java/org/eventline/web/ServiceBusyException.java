package org.eventline.web;

/** The instance has no room for this request now (such as one more live subscriber): 503 with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceBusyException(String detail, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
