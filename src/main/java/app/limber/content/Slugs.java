package app.limber.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Turns titles into URL slugs: lower case ASCII words joined by hyphens. */
public final class Slugs {

    public static final int MAX = 120;

    private Slugs() {
    }

    public static String of(String title) {
        // Accents dropped (Ångström → angstrom) and apostrophes closed up (runner's → runners).
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['\u2019]", "").replace("ß", "ss");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * The address for this title that {@code taken} does not yet claim: the title's own slug, else the first of
     * "-2", "-3", … that is free.
     */
    public static String free(String title, Predicate<String> taken) {
        String base = of(title);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
