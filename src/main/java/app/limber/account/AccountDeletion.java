package app.limber.account;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the same whether the person does it or an admin: every feature forgets what it holds about
 * them (comments anonymised, progress removed...), their sign-in history and open links go, and the person row is
 * anonymised rather than removed so that references to it still hold. Their sessions end at once.
 */
@Component
class AccountDeletion {

    private final PersonRepository people;
    private final LoginAttemptRepository loginAttempts;
    private final OneTimeLinkRepository links;
    private final List<PersonalData> features;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    AccountDeletion(PersonRepository people, LoginAttemptRepository loginAttempts, OneTimeLinkRepository links,
            List<PersonalData> features, SignedInSessions sessions, AuditLog audit, Clock clock) {
        this.people = people;
        this.loginAttempts = loginAttempts;
        this.links = links;
        this.features = features;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void delete(Person person) {
        long personId = java.util.Objects.requireNonNull(person.getId());
        String label = person.getDisplayName() + " <" + person.getEmail() + ">";
        for (PersonalData feature : features) {
            feature.forget(personId);
        }
        loginAttempts.deleteHistoryOf(personId, person.getEmail());
        audit.forgetSignIns(personId, person.getEmail());
        links.deleteByPersonId(personId);
        person.anonymise(clock.instant());
        people.saveAndFlush(person);
        // The label names whom the entry was about at the time; the row itself no longer does.
        audit.record(AuditAction.ACCOUNT_DELETED, "person", personId, label);
        sessions.endAllOf(personId);
    }
}
