package app.limber.content;

/** What is kept of a file name the browser sent: only for display, never to decide where a file is stored. */
final class FileNames {

    static final int MAX = 255;

    private FileNames() {
    }

    /** The last path segment, without control characters, trimmed to a storable length. */
    static String forDisplay(String submitted) {
        String name = submitted == null ? "" : submitted;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.equals(".") || name.equals("..")) {
            name = "";
        }
        return name.length() > MAX ? name.substring(0, MAX) : name;
    }

    /** A starting title from a file name: "toe-stretch_take2.mp4" becomes "toe stretch take2". */
    static String titleFrom(String displayName) {
        int dot = displayName.lastIndexOf('.');
        String base = dot > 0 ? displayName.substring(0, dot) : displayName;
        String title = base.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            return "Untitled video";
        }
        return title.length() > VideoDraft.TITLE_MAX ? title.substring(0, VideoDraft.TITLE_MAX) : title;
    }
}
