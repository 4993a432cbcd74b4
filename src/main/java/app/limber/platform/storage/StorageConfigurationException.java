package app.limber.platform.storage;

/** Storage settings that can't work, said in terms of the environment variables to fix; stops the start-up. */
final class StorageConfigurationException extends RuntimeException {

    private final String action;

    StorageConfigurationException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    StorageConfigurationException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
