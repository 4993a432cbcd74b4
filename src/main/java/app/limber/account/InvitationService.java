package app.limber.account;

import app.limber.account.OneTimeLink.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins invite members by email: the account is created as "invited" (no password, can't sign in) and the person
 * gets a one-time link, valid for 7 days, to choose a password. Accepting the link activates the account.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class InvitationService {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    /** What became of one invitation. */
    public enum Result {
        CREATED, ALREADY_EXISTS, INVALID
    }

    /** The outcome of inviting one person: the new account's id when created, or why not. */
    public record Outcome(Result result, @Nullable Long personId, String message) {
    }

    /** One person to invite. */
    public record Invitee(String email, String displayName) {
    }

    private final PersonRepository people;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final PasswordPolicy passwordPolicy;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    InvitationService(PersonRepository people, OneTimeLinks links, AccountMail mail, PasswordPolicy passwordPolicy,
            org.springframework.security.crypto.password.PasswordEncoder passwordEncoder, AuditLog audit,
            Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why this name and email can't be invited, if they can't; nothing is looked up or changed. */
    public static Optional<String> problemWith(String email, String displayName) {
        String name = displayName.strip();
        String address = Person.normalizeEmail(email);
        if (name.isEmpty()) {
            return Optional.of("The name is missing.");
        }
        if (name.length() > Person.DISPLAY_NAME_MAX) {
            return Optional.of("The name is longer than " + Person.DISPLAY_NAME_MAX + " characters.");
        }
        if (address.isEmpty()) {
            return Optional.of("The email is missing.");
        }
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > Person.EMAIL_MAX) {
            return Optional.of("\"" + email.strip() + "\" is not an email address.");
        }
        return Optional.empty();
    }

    /**
     * Invites one runner: creates the account and emails the link, in the caller's transaction if there is one
     * (so a CSV row's enrolment and its invitation commit or roll back together). An invalid name or email, or an
     * email that already has an account, changes nothing.
     */
    @Transactional
    public Outcome invite(String email, String displayName) {
        Optional<String> problem = problemWith(email, displayName);
        if (problem.isPresent()) {
            return new Outcome(Result.INVALID, null, problem.get());
        }
        String address = Person.normalizeEmail(email);
        Optional<Person> existing = people.findByEmail(address);
        if (existing.isPresent()) {
            return new Outcome(Result.ALREADY_EXISTS, existing.get().getId(), "Already a member.");
        }
        Instant now = clock.instant();
        Person person = people.saveAndFlush(Person.invited(address, displayName.strip(), EnumSet.of(Role.RUNNER), now));
        long personId = java.util.Objects.requireNonNull(person.getId());
        String token = links.issue(personId, Purpose.INVITATION, VALID_FOR);
        audit.record(AuditAction.MEMBER_INVITED, "person", personId, MemberAdmin.label(person));
        mail.sendInvitation(person.getEmail(), person.getDisplayName(), token, VALID_FOR.toDays());
        return new Outcome(Result.CREATED, personId, "Invited.");
    }

    /**
     * Invites many runners at once with the same checks and outcomes as {@link #invite} for each, in the same order,
     * but with a few batched statements for all of them instead of several per person (what made importing 2,000
     * members slow). In the caller's transaction if there is one: all of them are created, or none.
     */
    @Transactional
    public List<Outcome> inviteAll(List<Invitee> invitees) {
        Outcome[] outcomes = new Outcome[invitees.size()];
        Map<String, Integer> toCreate = new LinkedHashMap<>();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            Optional<String> problem = problemWith(invitee.email(), invitee.displayName());
            String address = Person.normalizeEmail(invitee.email());
            if (problem.isPresent()) {
                outcomes[i] = new Outcome(Result.INVALID, null, problem.get());
            } else if (toCreate.putIfAbsent(address, i) != null) {
                outcomes[i] = new Outcome(Result.ALREADY_EXISTS, null, "Listed twice.");
            }
        }
        existingIds(toCreate.keySet()).forEach((address, id) ->
                outcomes[toCreate.remove(address)] = new Outcome(Result.ALREADY_EXISTS, id, "Already a member."));
        if (!toCreate.isEmpty()) {
            List<Integer> created = List.copyOf(toCreate.values());
            List<Long> ids = insertInvited(created.stream().map(invitees::get).toList());
            Map<Long, String> tokens = links.issueAll(ids, Purpose.INVITATION, VALID_FOR);
            Map<Long, String> labels = new LinkedHashMap<>();
            List<AccountMail.Invited> mails = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                Invitee invitee = invitees.get(created.get(i));
                String address = Person.normalizeEmail(invitee.email());
                String name = invitee.displayName().strip();
                long id = ids.get(i);
                labels.put(id, MemberAdmin.label(name, address));
                mails.add(new AccountMail.Invited(address, name, tokens.get(id)));
                outcomes[created.get(i)] = new Outcome(Result.CREATED, id, "Invited.");
            }
            audit.recordAll(AuditAction.MEMBER_INVITED, "person", labels);
            mail.sendInvitations(mails, VALID_FOR.toDays());
        }
        return Arrays.asList(outcomes);
    }

    private Map<String, Long> existingIds(Set<String> addresses) {
        Map<String, Long> ids = new HashMap<>();
        if (!addresses.isEmpty()) {
            new NamedParameterJdbcTemplate(jdbc).query("select id, email from people where email in (:emails)",
                    Map.of("emails", addresses), row -> {
                        ids.put(row.getString("email"), row.getLong("id"));
                    });
        }
        return ids;
    }

    /** Inserts invited runners (as {@link Person#invited} makes them) in one batch; returns their ids in order. */
    private List<Long> insertInvited(List<Invitee> invitees) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                insert into people (email, display_name, password_hash, enabled, email_verified, invitation_pending,
                    created_at, updated_at)
                values (?, ?, ?, true, false, true, ?, ?)""", new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        statement.setString(1, Person.normalizeEmail(invitees.get(i).email()));
                        statement.setString(2, invitees.get(i).displayName().strip());
                        statement.setString(3, Person.UNUSABLE_PASSWORD);
                        statement.setObject(4, now);
                        statement.setObject(5, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return invitees.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
        jdbc.batchUpdate("insert into person_roles (person_id, role) values (?, ?)",
                ids.stream().map(id -> new Object[] {id, Role.RUNNER.name()}).toList());
        return ids;
    }

    /**
     * Sends the invitation again, with a new link, to each of these members who is still invited (enabled, no password
     * chosen yet); the others are skipped. Returns how many were sent, each recorded in the audit log.
     */
    @Transactional
    public int resendAll(java.util.Collection<Long> personIds) {
        int sent = 0;
        for (Person person : people.findAllById(personIds)) {
            if (person.isEnabled() && person.isInvitationPending()) {
                resend(person);
                sent++;
            }
        }
        return sent;
    }

    /** A new invitation link for someone who hasn't accepted yet, emailed through the outbox and audited. */
    void resend(Person person) {
        long personId = java.util.Objects.requireNonNull(person.getId());
        String token = links.issue(personId, Purpose.INVITATION, VALID_FOR);
        mail.sendInvitation(person.getEmail(), person.getDisplayName(), token, VALID_FOR.toDays());
        audit.record(AuditAction.MEMBER_INVITED, "person", personId, MemberAdmin.label(person),
                "invitation sent again");
    }

    /** Whether an invitation link is still good, and for whom (their display name). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> invitee(String token) {
        return links.peek(token, Purpose.INVITATION).flatMap(people::findById).filter(Person::isEnabled)
                .map(Person::getDisplayName);
    }

    /** Accepts an invitation: sets the chosen password, confirms the email, and the link stops working. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void accept(String token, String password) {
        if (invitee(token).isEmpty()) {
            throw expired();
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD, problem);
        });
        long personId = links.redeem(token, Purpose.INVITATION).orElseThrow(InvitationService::expired);
        Person person = people.findById(personId).orElseThrow(InvitationService::expired);
        Instant now = clock.instant();
        person.changePasswordHash(passwordEncoder.encode(password), now);
        person.confirmEmail(now);
        audit.record(AuditAction.MEMBER_JOINED, "person", personId, person.getDisplayName(), "accepted the invitation");
    }

    private static AccountChangeRefusedException expired() {
        return new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD,
                "This invitation has expired or was already used. Ask for a new one.");
    }
}
