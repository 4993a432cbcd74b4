package app.limber.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Any other open links of this person stop working once one is used. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.personId = :personId and t.usedAt is null")
    int useAllOf(long personId, Instant now);
}
