package app.limber.account;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public facts about people that other features show, such as an author's display name. */
@Service
public class PersonDirectory {

    private final PersonRepository people;

    PersonDirectory(PersonRepository people) {
        this.people = people;
    }

    /** Display names by person id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findDisplayNames(personIds).stream()
                .collect(Collectors.toMap(PersonRepository.DisplayName::id, PersonRepository.DisplayName::displayName));
    }

    /** A person's own time zone (for their calendar days); UTC for an unknown id. */
    @Transactional(readOnly = true)
    public java.time.ZoneId timeZone(long personId) {
        return people.findById(personId).map(person -> java.time.ZoneId.of(person.getTimeZone()))
                .orElse(java.time.ZoneOffset.UTC);
    }

    /** An instructor's display name, if this person is an enabled instructor (for their public page). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> instructorName(long personId) {
        return people.findById(personId).filter(Person::isEnabled)
                .filter(person -> person.getRoles().contains(Role.INSTRUCTOR) || person.getRoles().contains(Role.ADMIN))
                .map(Person::getDisplayName);
    }

    /** Where to email a person about new comments on what they published, if they want such emails. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> commentEmailAddress(long personId) {
        return people.findById(personId).filter(Person::isEnabled).filter(Person::wantsCommentEmails)
                .map(Person::getEmail);
    }
}
