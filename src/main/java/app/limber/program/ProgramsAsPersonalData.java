package app.limber.program;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The programs a person wrote, for their data export. */
@Component
class ProgramsAsPersonalData implements PersonalData {

    private final ProgramRepository programs;

    ProgramsAsPersonalData(ProgramRepository programs) {
        this.programs = programs;
    }

    @Override
    public String section() {
        return "programsWritten";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        return programs.listSummaries(personId, ProgramFilter.none(), Pageable.unpaged()).stream().map(program -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", program.id());
            row.put("title", program.title());
            row.put("address", "/programs/" + program.slug());
            row.put("lengthDays", program.lengthDays());
            row.put("status", program.status().name());
            row.put("lastChanged", ReadableTime.of(program.updatedAt(), zone));
            return row;
        }).toList();
    }

    @Override
    public void forget(long personId) {
        // Like routines, programs are the studio's work that runners follow: they stay, and the author's name
        // disappears with the account's anonymised person row.
    }
}
