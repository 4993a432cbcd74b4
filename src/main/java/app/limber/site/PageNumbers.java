package app.limber.site;

/** Page numbers from the address: anything that isn't a number from 1 up means the first page. */
final class PageNumbers {

    private static final int LAST = 100_000;

    private PageNumbers() {
    }

    static int parse(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            return number < 1 || number > LAST ? 1 : number;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The canonical address of a list page: page 1 without a number. */
    static String canonical(String path, int page) {
        return page > 1 ? path + "?page=" + page : path;
    }
}
