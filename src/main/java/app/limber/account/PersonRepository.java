package app.limber.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    record RoleCount(Role role, long people) {
    }

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByEnabledFalse();

    @Query("select new app.limber.account.PersonRepository$RoleCount(r, count(p)) from Person p join p.roles r group by r")
    List<RoleCount> countByRole();
}
