package app.limber.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    record RoleCount(Role role, long people) {
    }

    record DisplayName(Long id, String displayName) {
    }

    Optional<Person> findByEmail(String email);

    @Query("select new app.limber.account.PersonRepository$DisplayName(p.id, p.displayName) from Person p where p.id in :ids")
    List<DisplayName> findDisplayNames(Collection<Long> ids);

    boolean existsByEmail(String email);

    /** Copies a successful sign-in's time onto the person, without counting as a change to their account. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Person p set p.lastLoginAt = :at where p.id = :id")
    void recordSignIn(long id, java.time.Instant at);

    long countByEnabledFalse();

    @Query("select new app.limber.account.PersonRepository$RoleCount(r, count(p)) from Person p join p.roles r group by r")
    List<RoleCount> countByRole();
}
