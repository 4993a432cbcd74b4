package app.limber.account;

import app.limber.account.AccountChangeRefusedException.Field;
import app.limber.account.OneTimeLink.Purpose;
import app.limber.settings.SiteSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up as a runner, when an admin has opened registration. The account can sign in once its email is confirmed
 * through a one-time link. Signing up with an email that already has an account looks the same from outside: that
 * address gets a note instead, so the form can't be used to find out who is a member.
 */
@Service
@PreAuthorize("permitAll()")
public class RegistrationService {

    public static final Duration CONFIRM_WITHIN = Duration.ofHours(24);

    private final PersonRepository people;
    private final OneTimeLinks links;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountMail mail;
    private final SiteSettingsService settings;
    private final List<RegistrationFollowUp> followUps;
    private final Clock clock;

    RegistrationService(PersonRepository people, OneTimeLinks links, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AccountMail mail, SiteSettingsService settings,
            List<RegistrationFollowUp> followUps, Clock clock) {
        this.followUps = List.copyOf(followUps);
        this.people = people;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isOpen() {
        return settings.current().registrationOpen();
    }

    /** Creates an unconfirmed runner account and emails the confirmation link. */
    @Transactional
    public void register(String displayName, String email, String password) {
        register(displayName, email, password, Map.of());
    }

    /**
     * What signing up through an address with these query parameters will also do, a sentence each (e.g. the
     * program the person will be enrolled in); parameters that name nothing possible are left out.
     */
    @Transactional(readOnly = true)
    public List<String> followUpsFor(Map<String, String> parameters) {
        return followUps.stream().filter(followUp -> parameters.containsKey(followUp.parameter()))
                .flatMap(followUp -> followUp.describe(parameters.get(followUp.parameter())).stream()).toList();
    }

    /**
     * Creates an unconfirmed runner account and emails the confirmation link; the follow-ups named in
     * {@code parameters} (see {@link RegistrationFollowUp}) are remembered for when the email is confirmed. Nothing
     * is remembered when the address already has an account.
     */
    @Transactional
    public void register(String displayName, String email, String password, Map<String, String> parameters) {
        if (!isOpen()) {
            throw new AccountChangeRefusedException(Field.EMAIL, "Registration is closed at the moment.");
        }
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > Person.DISPLAY_NAME_MAX) {
            throw new AccountChangeRefusedException(Field.DISPLAY_NAME,
                    "Enter your name (up to " + Person.DISPLAY_NAME_MAX + " characters).");
        }
        String address = Person.normalizeEmail(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > Person.EMAIL_MAX) {
            throw new AccountChangeRefusedException(Field.EMAIL, "Enter an email address like name@example.com.");
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new AccountChangeRefusedException(Field.NEW_PASSWORD, problem);
        });
        Optional<Person> existing = people.findByEmail(address);
        // Hashed either way: the hash is the costliest step, and skipping it for a known address would tell by the
        // answer's timing that the address has an account.
        String passwordHash = passwordEncoder.encode(password);
        if (existing.isPresent()) {
            mail.sendAlreadyRegistered(address, existing.get().getDisplayName());
            return;
        }
        Person person = people.save(Person.unconfirmed(address, name, passwordHash, EnumSet.of(Role.RUNNER),
                clock.instant()));
        for (RegistrationFollowUp followUp : followUps) {
            String value = parameters.get(followUp.parameter());
            if (value != null && followUp.describe(value).isPresent()) {
                followUp.registered(person.getId(), value);
            }
        }
        mail.sendEmailConfirmation(address, name, links.issue(person.getId(), Purpose.CONFIRM_EMAIL, CONFIRM_WITHIN));
    }

    /** Confirms the email a link was sent to; false when the link is unknown, used or expired. */
    @Transactional
    public boolean confirm(String token) {
        return confirmAndFollowUp(token).isPresent();
    }

    /**
     * Confirms the email a link was sent to and does what was wished when signing up; a sentence per follow-up
     * (empty list: nothing was wished). Empty when the link is unknown, used or expired.
     */
    @Transactional
    public Optional<List<String>> confirmAndFollowUp(String token) {
        return links.redeem(token, Purpose.CONFIRM_EMAIL)
                .flatMap(people::findById)
                .map(person -> {
                    person.confirmEmail(clock.instant());
                    return followUps.stream().flatMap(followUp -> followUp.confirmed(person.getId()).stream())
                            .toList();
                });
    }
}
