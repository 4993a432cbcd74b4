package app.limber.site;

/** A 404 or 403 page: its heading and what the reader can do next. */
public record ErrorContent(String heading, String message) {
}
