package app.limber.site;

import org.jsoup.Jsoup;

/** The meta description of a page: its summary, or the start of its text, as plain text of at most 160 characters. */
final class Descriptions {

    static final int MAX = 160;

    private Descriptions() {
    }

    static String of(String summary, String bodyHtml) {
        String text = summary.isBlank() ? Jsoup.parseBodyFragment(bodyHtml).text() : summary;
        String plain = text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= MAX) {
            return plain;
        }
        return plain.substring(0, MAX - 1).replaceAll("\\s+\\S*$", "") + "…";
    }
}
