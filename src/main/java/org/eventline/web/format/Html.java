package org.eventline.web.format;

/** Escapes text for formats whose readers insert it as HTML. */
final class Html {

    private Html() {
    }

    /**
     * TimelineJS puts headlines and text into the page as HTML, so an event title containing markup would run in
     * the page of whoever embeds the timeline.
     */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
