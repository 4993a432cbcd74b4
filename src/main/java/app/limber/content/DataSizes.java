package app.limber.content;

/** File sizes for people: "2 GB", "5 MB", "740 KB". */
public final class DataSizes {

    private DataSizes() {
    }

    public static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return trim(bytes / (double) (1L << 30)) + " GB";
        }
        if (bytes >= 1L << 20) {
            return trim(bytes / (double) (1L << 20)) + " MB";
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
