package app.limber.settings;

import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads site settings for every feature and lets admins change them; a change applies to the next request. */
@Service
public class SiteSettingsService {

    private final SiteSettingsRepository repository;
    private final Validator validator;
    private final Clock clock;

    SiteSettingsService(SiteSettingsRepository repository, Validator validator, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.clock = clock;
    }

    /** The settings in force now. */
    @Transactional(readOnly = true)
    public Settings current() {
        return row().toSettings();
    }

    /** Saves an admin's changes; refused when another admin saved in between. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings update(Settings settings) {
        var violations = validator.validate(settings);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        SiteSettings row = repository.findById(SiteSettings.ID)
                .orElseGet(() -> repository.saveAndFlush(new SiteSettings()));
        if (row.version() != settings.version()) {
            throw new ChangedBySomeoneElseException();
        }
        row.apply(settings, clock.instant());
        try {
            repository.saveAndFlush(row);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        return row.toSettings();
    }

    /** The stored row; if it was ever removed, the defaults (saved again by the next update). */
    private SiteSettings row() {
        return repository.findById(SiteSettings.ID).orElseGet(SiteSettings::new);
    }
}
