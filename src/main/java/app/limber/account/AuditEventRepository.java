package app.limber.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Modifying
    @Query("""
            delete from AuditEvent e where e.action like 'signin.%'
              and ((e.subjectType = 'person' and e.subjectId = :personId) or e.subjectLabel = :email)""")
    void deleteSignInsOf(long personId, String email);
}
