package app.limber.platform.text;

import java.text.Normalizer;

/**
 * The one rule for free text people type (names, titles, comments, bios, cues, settings): control characters are
 * removed except tab, line feed and carriage return (NUL, which PostgreSQL refuses and H2 stores, included), as are
 * C1 controls and lone UTF-16 surrogates; the rest is put in Unicode normalisation form C, so that "é" typed as one
 * character or as "e" plus an accent is the same text everywhere (search, duplicate checks, sorting).
 * {@link CleanText} applies it to every string attribute the app stores, on H2 and PostgreSQL alike.
 */
public final class Text {

    private Text() {
    }

    /** The text as Limber stores it; the same instance when there was nothing to change. */
    public static String clean(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String kept = withoutControls(text);
        return Normalizer.isNormalized(kept, Normalizer.Form.NFC) ? kept : Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** Whether the text holds something {@link #clean} would remove (not counting normalisation). */
    public static boolean hasControlCharacters(String text) {
        return withoutControls(text) != text;
    }

    private static String withoutControls(String text) {
        int first = firstUnwanted(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (int at = first; at >= 0; at = firstUnwanted(text, from)) {
            kept.append(text, from, at);
            from = at + 1;
        }
        return kept.append(text, from, text.length()).toString();
    }

    private static int firstUnwanted(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : (c >= 0x7F && c <= 0x9F) || loneSurrogate(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
