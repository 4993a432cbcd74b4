package app.limber.account;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    List<LoginAttempt> findByPersonIdOrderByAttemptedAt(long personId);

    /** The newest attempts on a person's account, for the admin's "why can't I log in". */
    List<LoginAttempt> findTop20ByPersonIdOrderByAttemptedAtDesc(long personId);

    /** A deleted account's sign-in history goes with it (the addresses it came from are personal data). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from LoginAttempt a where a.personId = :personId or a.email = :email")
    int deleteHistoryOf(long personId, String email);

    @Query("select count(a) from LoginAttempt a where a.email = :email and a.outcome = app.limber.account.LoginAttempt.Outcome.FAILED and a.attemptedAt > :since")
    long countFailures(String email, Instant since);

    @Query("select count(a) from LoginAttempt a where a.email = :email and a.ip = :ip and a.outcome = app.limber.account.LoginAttempt.Outcome.FAILED and a.attemptedAt > :since")
    long countFailuresFrom(String email, String ip, Instant since);

    /** Whether this account has ever signed in from this address (its owner's known places). */
    @Query("select count(a) > 0 from LoginAttempt a where a.email = :email and a.ip = :ip and a.outcome = app.limber.account.LoginAttempt.Outcome.SUCCEEDED")
    boolean hasSucceededFrom(String email, String ip);

    @Query("select max(a.attemptedAt) from LoginAttempt a where a.email = :email and a.ip = :ip and a.outcome <> app.limber.account.LoginAttempt.Outcome.SUCCEEDED")
    @Nullable Instant lastUnsuccessfulFrom(String email, String ip);
}
