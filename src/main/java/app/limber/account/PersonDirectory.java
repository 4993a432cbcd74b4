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

    /** Where to email a person about new comments on what they published, if they want such emails. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> commentEmailAddress(long personId) {
        return people.findById(personId).filter(Person::isEnabled).filter(Person::wantsCommentEmails)
                .map(Person::getEmail);
    }

    /** A person's own time zone (UTC for an unknown id), so others acting for them use that person's calendar days. */
    @Transactional(readOnly = true)
    public java.time.ZoneId timeZone(long personId) {
        return people.findById(personId).map(Person::getTimeZone).map(java.time.ZoneId::of)
                .orElse(java.time.ZoneOffset.UTC);
    }
}
