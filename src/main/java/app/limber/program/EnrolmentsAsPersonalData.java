package app.limber.program;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The programs a person is or was enrolled in; deleting the account removes them (completions go with them). */
@Component
class EnrolmentsAsPersonalData implements PersonalData {

    private final EnrolmentRepository enrolments;

    EnrolmentsAsPersonalData(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public String section() {
        return "programEnrolments";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        return enrolments.findViewsByPersonId(personId).stream().map(enrolment -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", enrolment.id());
            row.put("program", enrolment.programTitle());
            row.put("programId", enrolment.programId());
            row.put("address", "/programs/" + enrolment.programSlug());
            row.put("startDate", ReadableTime.date(enrolment.startDate()));
            row.put("status", enrolment.status().name());
            if (enrolment.pausedOn() != null) {
                row.put("pausedOn", ReadableTime.date(enrolment.pausedOn()));
            }
            return row;
        }).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(long personId) {
        enrolments.deleteByPersonId(personId);
    }
}
