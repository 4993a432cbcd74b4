package app.limber.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeLinkRepository extends JpaRepository<OneTimeLink, Long> {

    Optional<OneTimeLink> findByTokenHash(String tokenHash);

    /** Any other open links of this person for the same purpose stop working once one is used. */
    @Modifying
    @Query("update OneTimeLink t set t.usedAt = :now where t.personId = :personId and t.purpose = :purpose and t.usedAt is null")
    int useAllOf(long personId, OneTimeLink.Purpose purpose, Instant now);

    @Modifying
    @Query("delete from OneTimeLink t where t.personId = :personId")
    int deleteByPersonId(long personId);
}
