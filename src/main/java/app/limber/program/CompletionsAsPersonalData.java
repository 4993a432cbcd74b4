package app.limber.program;

import app.limber.account.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a runner completed (with how they felt and their notes), for their data export and deletion. */
@Component
class CompletionsAsPersonalData implements PersonalData {

    private final SessionCompletionRepository completions;

    CompletionsAsPersonalData(SessionCompletionRepository completions) {
        this.completions = completions;
    }

    @Override
    public String section() {
        return "sessionsCompleted";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId) {
        return completions.findByPersonIdOrderByCompletedAt(personId).stream().map(completion -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("enrolment", completion.enrolmentId());
            row.put("day", completion.dayNumber());
            row.put("completedOn", completion.completedOn().toString());
            row.put("completedAt", completion.completedAt().toString());
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
