package app.limber.content;

import java.util.List;

/**
 * One page of a public list (articles, routines), with what the page links need: its number (from 1), its size and
 * how many items the whole list has.
 */
public record ReaderListPage<T>(List<T> items, int page, int pageSize, long total) {

    public ReaderListPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
