package app.limber.content;

import java.io.Serializable;

/** A program an article can invite its readers into: its id, title and the slug of its page. */
public record ProgramOffer(long id, String title, String slug) implements Serializable {
}
