package app.limber.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Requests served by controllers (public pages, calendar feeds, media) answer 503 with {@code Retry-After} and a
 * short page while the database is out of reach, instead of hanging or showing an error page with status 500.
 */
@ControllerAdvice
class DatabaseOutageAnswer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswer.class);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Back in a moment</title><link rel="stylesheet" href="/styles/limber.css"></head>
            <body><main class="message-view"><h1>Back in a moment</h1><p>%s</p>
            <p><a href="">Try again</a></p></main></body></html>
            """.formatted(DatabaseOutage.MESSAGE);

    /**
     * The outage's own exceptions, and the two a transaction throws when its rollback fails on a connection that
     * broke (which hides the I/O error); those are answered here only when {@link DatabaseOutage} recognises an outage
     * in them, anything else goes on to the usual error handling.
     */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.hibernate.exception.JDBCConnectionException.class,
        org.springframework.orm.jpa.JpaSystemException.class,
        org.springframework.transaction.TransactionSystemException.class})
    ResponseEntity<String> databaseAway(Exception outage) throws Exception {
        if (!DatabaseOutage.isCause(outage)) {
            throw outage;
        }
        log.warn("Database out of reach, answered 503: {}", outage.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.TEXT_HTML).body(PAGE);
    }
}
