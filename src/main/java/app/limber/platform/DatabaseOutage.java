package app.limber.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database can't be reached" among exceptions (no connection within the pool's few seconds, a
 * connection that broke), so that people are told that, and that their input is kept, instead of "something went
 * wrong"; public pages answer 503 with {@code Retry-After}.
 */
public final class DatabaseOutage {

    /** What a person sees while the database is away. */
    public static final String MESSAGE =
            "Limber can't reach its database right now; your changes are kept, try again in a moment.";
    /** Seconds a client is asked to wait before retrying a public page. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    /** Whether the throwable, or anything that caused it, says the database is out of reach. */
    public static boolean isCause(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof CannotCreateTransactionException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof JDBCConnectionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof ConnectException
                    || (current instanceof SQLException sql && (sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08") || isPoolsClosedConnection(sql)))) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the exception comes from the pool's stand-in for a connection it closed because it broke: Hikari answers
     * every later call on it (a transaction's rollback, say, which then hides the original I/O error) with "Connection
     * is closed" and no SQL state.
     */
    private static boolean isPoolsClosedConnection(SQLException exception) {
        if (!"Connection is closed".equals(exception.getMessage())) {
            return false;
        }
        StackTraceElement[] frames = exception.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 5); i++) {
            if (frames[i].getClassName().startsWith("com.zaxxer.hikari.")) {
                return true;
            }
        }
        return false;
    }
}
