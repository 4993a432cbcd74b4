package app.limber.coaching;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** Reading the columns of native query rows, whichever JDBC type the database (PostgreSQL or H2) hands back. */
final class Rows {

    private Rows() {
    }

    static long asLong(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static int asInt(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static @Nullable Integer asInteger(@Nullable Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static double asDouble(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static BigDecimal asDecimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static String asText(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    static @Nullable LocalDate asDate(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    static Instant asInstant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case ZonedDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case java.time.LocalDateTime time -> time.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("Not a point in time: " + value.getClass());
        };
    }

    /** A person's stored time zone; UTC when it is not a zone Java knows. */
    static ZoneId zone(@Nullable Object value) {
        try {
            return value == null ? ZoneOffset.UTC : ZoneId.of(value.toString());
        } catch (java.time.DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
