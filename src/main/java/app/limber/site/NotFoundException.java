package app.limber.site;

/** The public address names nothing a reader may see: answered with the site's 404 page. */
class NotFoundException extends RuntimeException {

    NotFoundException() {
        super(null, null, false, false);
    }
}
