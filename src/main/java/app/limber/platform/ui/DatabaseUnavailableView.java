package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import app.limber.platform.DatabaseOutage;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown, with status 503, when a page can't be opened because the database is out of reach (no connection within
 * the pool's few seconds). Without the main layout, which would ask the database for the site's name.
 */
@PageTitle("Back in a moment")
@AnonymousAllowed
public class DatabaseUnavailableView extends ErrorPage<CannotCreateTransactionException> {

    DatabaseUnavailableView(CurrentUser currentUser) {
        super(currentUser, "Back in a moment", DatabaseOutage.MESSAGE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
