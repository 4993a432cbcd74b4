package app.limber.account;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only facts about the membership, for the admin console. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MembershipService {

    private final PersonRepository people;

    MembershipService(PersonRepository people) {
        this.people = people;
    }

    /** How many people hold each role (a person with several roles counts once per role). */
    @Transactional(readOnly = true)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        for (PersonRepository.RoleCount row : people.countByRole()) {
            counts.put(row.role(), row.people());
        }
        return counts;
    }

    /** How many accounts are disabled. */
    @Transactional(readOnly = true)
    public long countDisabled() {
        return people.countByEnabledFalse();
    }
}
