package org.eventline.replica;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in PostgreSQL's write-ahead log (an LSN, written "16/B374D848"): where a write's
 * commit ended on the primary, or how far a replica has replayed.
 */
public record WalPosition(long value) implements Comparable<WalPosition> {

    private static final Pattern TEXT = Pattern.compile("[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}");

    /** The position PostgreSQL writes as text (pg_lsn); empty when the text is not one. */
    public static Optional<WalPosition> parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        long high = Long.parseLong(text.substring(0, slash), 16);
        long low = Long.parseLong(text.substring(slash + 1), 16);
        return Optional.of(new WalPosition(high << 32 | low));
    }

    public boolean reached(WalPosition other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(WalPosition other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toHexString(value >>> 32).toUpperCase() + "/" + Long.toHexString(value & 0xFFFFFFFFL).toUpperCase();
    }
}
