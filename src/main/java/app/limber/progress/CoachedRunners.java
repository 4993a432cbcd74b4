package app.limber.progress;

/**
 * Whether the caller coaches a runner, answered by the coaching feature (which knows who instructs which program):
 * an instructor may read the self-test results of runners in their programs. Without an implementation nobody but
 * admins may.
 */
public interface CoachedRunners {

    /** True when the signed-in person is an admin or instructs a program this runner has been in. */
    boolean callerCoaches(long runnerId);
}
