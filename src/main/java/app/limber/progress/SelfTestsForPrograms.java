package app.limber.progress;

import app.limber.program.SelfTestCatalog;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the active self-tests to the program editor, so a program day can remind runners to record one. */
@Component
class SelfTestsForPrograms implements SelfTestCatalog {

    private final SelfTestRepository tests;

    SelfTestsForPrograms(SelfTestRepository tests) {
        this.tests = tests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelfTestOption> selfTests() {
        return tests.findByActiveTrueOrderByNameAscIdAsc().stream()
                .map(test -> new SelfTestOption(test.id(), test.name())).toList();
    }
}
