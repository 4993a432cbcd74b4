package app.limber.content;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The routines a person wrote, for their data export. */
@Component
class RoutinesAsPersonalData implements PersonalData {

    private final RoutineRepository routines;

    RoutinesAsPersonalData(RoutineRepository routines) {
        this.routines = routines;
    }

    @Override
    public String section() {
        return "routinesWritten";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        return routines.listSummaries(personId, RoutineFilter.none(), Pageable.unpaged())
                .stream().map(routine -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", routine.id());
                    row.put("title", routine.title());
                    row.put("address", "/routines/" + routine.slug());
                    row.put("status", routine.status().name());
                    row.put("lastChanged", ReadableTime.of(routine.updatedAt(), zone));
                    return row;
                }).toList();
    }

    @Override
    public void forget(long personId) {
        // Published routines are the studio's work, not the instructor's private data: they stay, and the author's
        // name disappears with the account's anonymised person row.
    }
}
