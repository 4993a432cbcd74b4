package app.limber.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from the database for Spring Security, by email. */
@Service
class PersonDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return people.findByEmail(Person.normalizeEmail(email))
                .map(SignedInPerson::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }
}
