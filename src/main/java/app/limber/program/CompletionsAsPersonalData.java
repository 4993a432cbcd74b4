package app.limber.program;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a runner completed (with how they felt and their notes), for their data export and deletion. */
@Component
class CompletionsAsPersonalData implements PersonalData {

    private final SessionCompletionRepository completions;
    private final EnrolmentRepository enrolments;

    CompletionsAsPersonalData(SessionCompletionRepository completions, EnrolmentRepository enrolments) {
        this.completions = completions;
        this.enrolments = enrolments;
    }

    @Override
    public String section() {
        return "sessionsCompleted";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        Map<Long, String> programs = enrolments.findViewsByPersonId(personId).stream()
                .collect(Collectors.toMap(MyEnrolment::id, MyEnrolment::programTitle));
        return completions.findByPersonIdOrderByCompletedAt(personId).stream().map(completion -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("program", programs.getOrDefault(completion.enrolmentId(), ""));
            row.put("enrolmentId", completion.enrolmentId());
            row.put("day", completion.dayNumber());
            row.put("completedOn", ReadableTime.date(completion.completedOn()));
            row.put("completedAt", ReadableTime.of(completion.completedAt(), zone));
            row.put("routines", completion.routineTitles());
            row.put("practisedSeconds", completion.practisedSeconds());
            row.put("feel", completion.feel());
            row.put("note", completion.note());
            return row;
        }).toList();
    }

    @Override
    @Transactional
    public void forget(long personId) {
        // Progress is personal: completions go with the account (places go with the enrolments they belong to).
        completions.deleteByPerson(personId);
    }
}
