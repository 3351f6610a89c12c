package org.eventline.event;

import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;

/** One of the source's own codes for an event: its record id, its kind of violence, its conflict (V027). */
@Embeddable
public class EventCode {

    /** A scheme's name, as the event_code table checks it. */
    public static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    /** Whose code and of what: ucdp_id, ucdp_type_of_violence, ucdp_conflict, ucdp_dyad ... */
    public String scheme;

    public String code;

    /** What the code names in the source's words ("Syria: Government"), when it names something. */
    public String label;

    public EventCode() {
    }

    public EventCode(String scheme, String code, String label) {
        this.scheme = scheme;
        this.code = code;
        this.label = label;
    }
}
