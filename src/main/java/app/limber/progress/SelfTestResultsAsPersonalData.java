package app.limber.progress;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-test results a person recorded: in their data export, and deleted with their account. Self-tests an
 * instructor defined stay (runners' results refer to them); the author's name goes with the anonymised account.
 */
@Component
class SelfTestResultsAsPersonalData implements PersonalData {

    private final SelfTestRepository tests;
    private final SelfTestResultRepository results;

    SelfTestResultsAsPersonalData(SelfTestRepository tests, SelfTestResultRepository results) {
        this.tests = tests;
        this.results = results;
    }

    @Override
    public String section() {
        return "selfTestResults";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        List<SelfTestResult> recorded = results.findByPerson(personId);
        Map<Long, SelfTestCard> cards = tests.findAllById(recorded.stream().map(SelfTestResult::selfTestId)
                .distinct().toList()).stream().map(SelfTest::toCard)
                .collect(Collectors.toMap(SelfTestCard::id, Function.identity()));
        return recorded.stream().map(SelfTestResult::toRow).map(result -> {
            SelfTestCard test = cards.get(result.selfTestId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", result.id());
            row.put("selfTest", test == null ? "" : test.name());
            row.put("selfTestId", result.selfTestId());
            row.put("value", result.value().toPlainString());
            row.put("unit", test == null ? "" : test.unit());
            row.put("side", result.side().name());
            row.put("measuredOn", ReadableTime.date(result.measuredOn()));
            row.put("note", result.note());
            return row;
        }).toList();
    }

    @Override
    public void forget(long personId) {
        results.deleteByPerson(personId);
    }
}
