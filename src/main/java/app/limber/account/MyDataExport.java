package app.limber.account;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * "Download my data": everything Limber stores about the caller, as one JSON document a person can read: titles rather
 * than bare ids (which stay as fields of their own), and times in their own time zone as "29 Nov 2026, 07:42".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MyDataExport {

    private final PersonRepository people;
    private final LoginAttemptRepository loginAttempts;
    private final List<PersonalData> features;
    private final AuditLog audit;
    private final ObjectMapper json;

    MyDataExport(PersonRepository people, LoginAttemptRepository loginAttempts, List<PersonalData> features,
            AuditLog audit, ObjectMapper json) {
        this.people = people;
        this.loginAttempts = loginAttempts;
        this.features = features;
        this.audit = audit;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The caller's data as pretty-printed JSON (UTF-8 text). */
    @Transactional(readOnly = true)
    public String exportJson() {
        return export(SignedInPerson.current().personId());
    }

    /**
     * For an admin (to answer a member's request, for example): the same document the member would download, in
     * their time zone; recorded in the audit log.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String exportJsonOf(long personId) {
        Person member = people.findById(personId)
                .orElseThrow(() -> new MemberChangeRefusedException("This member no longer exists."));
        audit.record(AuditAction.MEMBER_DATA_EXPORTED, "person", personId, MemberAdmin.label(member));
        return export(personId);
    }

    private String export(long personId) {
        Person me = people.findById(personId).orElseThrow();
        ZoneId zone = SignedInPerson.of(me).zone();
        Map<String, Object> export = new LinkedHashMap<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("email", me.getEmail());
        account.put("displayName", me.getDisplayName());
        account.put("timeZone", me.getTimeZone());
        account.put("roles", me.getRoles().stream().map(Role::name).sorted().toList());
        account.put("enabled", me.isEnabled());
        account.put("createdAt", ReadableTime.of(me.getCreatedAt(), zone));
        account.put("updatedAt", ReadableTime.of(me.getUpdatedAt(), zone));
        export.put("account", account);
        export.put("signInAttempts", loginAttempts.findByPersonIdOrderByAttemptedAt(personId).stream()
                .map(attempt -> Map.of("at", ReadableTime.of(attempt.attemptedAt(), zone), "from", attempt.ip(),
                        "outcome", attempt.outcome().name()))
                .toList());
        for (PersonalData feature : features) {
            export.put(feature.section(), feature.exportFor(personId, zone));
        }
        return json.writeValueAsString(export);
    }
}
