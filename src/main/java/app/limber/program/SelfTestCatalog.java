package app.limber.program;

import java.util.List;

/**
 * The self-tests a program day may prompt, provided by the progress feature (which depends on programs, so it
 * implements this interface rather than the other way round). Without an implementation the prompt picker is hidden.
 */
public interface SelfTestCatalog {

    /** Self-tests an instructor may ask runners to record, by name. */
    List<SelfTestOption> selfTests();

    /** One self-test as the program editor offers it. */
    record SelfTestOption(long id, String name) {
    }
}
