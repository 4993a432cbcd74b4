package app.limber.platform.jobs;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this process claims background work with ({@code claimed_by} in {@code background_jobs} and
 * {@code mail_outbox}): {@code LIMBER_NODE_NAME} if set, else the host name, process id and a random suffix, so that
 * two processes never share one.
 */
@Component
public class ThisNode {

    // Claims store the name with a short suffix in varchar(100) columns.
    private static final int NAME_MAX = 80;

    private final String name;

    ThisNode(@Value("${limber.jobs.node-name:}") String configured) {
        String chosen = configured.isBlank() ? generated() : configured.strip();
        this.name = chosen.length() <= NAME_MAX ? chosen : chosen.substring(0, NAME_MAX);
    }

    /** The node's name as it appears in the database. */
    public String name() {
        return name;
    }

    private static String generated() {
        String host = System.getenv().getOrDefault("HOSTNAME", "node");
        return host + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }
}
