package app.limber.site;

import app.limber.content.ReaderListPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The previous and next links of a paged list, keeping the reader's filters in the address. */
public record Pager(int page, int pages, @Nullable String previousHref, @Nullable String nextHref) {

    /** {@code filters}: query parameters to keep (blank values are left out). */
    static Pager of(String path, ReaderListPage<?> list, Map<String, String> filters) {
        return new Pager(list.page(), list.pages(),
                list.hasPrevious() ? href(path, filters, list.page() - 1) : null,
                list.hasNext() ? href(path, filters, list.page() + 1) : null);
    }

    private static String href(String path, Map<String, String> filters, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, value);
            }
        });
        if (page > 1) {
            query.put("page", Integer.toString(page));
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }
}
