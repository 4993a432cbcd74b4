package app.limber.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.ChangedBySomeoneElseException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class FriendlyErrorHandlerTest {

    @Test
    void staleSavesAndRefusalsGetTheirOwnPlainMessage() {
        assertThat(FriendlyErrorHandler.messageFor(new RuntimeException(new ChangedBySomeoneElseException())))
                .startsWith("Someone else changed this");
        assertThat(FriendlyErrorHandler.messageFor(new IllegalStateException(new AccessDeniedException("no"))))
                .isEqualTo("You don't have permission to do that.");
    }

    @Test
    void unexpectedErrorsShowAReferenceButNoTechnicalDetail() {
        String message = FriendlyErrorHandler.messageFor(new NullPointerException("secret internal detail"));
        assertThat(message).startsWith("Something went wrong on our side").containsPattern("reference [0-9a-f]{8}")
                .doesNotContain("NullPointerException", "secret internal detail");
    }

    @Test
    void aDatabaseOutageSaysSoAndThatTheInputIsKept() {
        var noConnection = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms."));
        assertThat(FriendlyErrorHandler.messageFor(new RuntimeException(noConnection))).isEqualTo(
                "Limber can't reach its database right now; your changes are kept, try again in a moment.");
        var brokenConnection = new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(FriendlyErrorHandler.messageFor(brokenConnection)).startsWith("Limber can't reach its database");
    }
}
