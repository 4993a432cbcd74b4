package app.limber.platform.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns storage settings that can't work into Spring Boot's short "APPLICATION FAILED TO START" report. */
public final class StorageConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<StorageConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StorageConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
