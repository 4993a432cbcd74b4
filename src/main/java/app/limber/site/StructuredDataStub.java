package app.limber.site;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Minimal JSON-LD for the pages until the full structured data (seo.StructuredData) is wired in: the page's type,
 * name and address. Strings are escaped as JSON requires.
 */
final class StructuredDataStub {

    private StructuredDataStub() {
    }

    static String website(String name, String url) {
        return object("WebSite", name, url);
    }

    static String thing(String type, String name, String url) {
        return object(type, name, url);
    }

    /** A trail of (name, address) pairs, home first. */
    static String breadcrumbs(List<String[]> trail) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < trail.size(); i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"@type\":\"ListItem\",\"position\":").append(i + 1).append(",\"name\":")
                    .append(quote(trail.get(i)[0])).append(",\"item\":").append(quote(trail.get(i)[1])).append('}');
        }
        return "{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[" + items + "]}";
    }

    private static String object(String type, String name, String url) {
        return "{\"@context\":\"https://schema.org\",\"@type\":" + quote(type) + ",\"name\":" + quote(name)
                + ",\"url\":" + quote(url) + "}";
    }

    static String quote(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }).collect(Collectors.joining("", "\"", "\""));
    }
}
