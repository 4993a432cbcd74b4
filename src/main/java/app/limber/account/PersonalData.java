package app.limber.account;

import java.time.ZoneId;

/**
 * Something a feature stores about a person, for "download my data" and "delete my account". Each feature that keeps
 * personal data provides one, so export and deletion stay complete as features are added without the account feature
 * knowing them.
 */
public interface PersonalData {

    /** The section name in the export, e.g. "routines". */
    String section();

    /**
     * What this feature holds about the person, as plain JSON-friendly values (maps, lists, strings, numbers), written
     * for the person to read: things by their titles (ids as separate fields), moments as {@link ReadableTime} in
     * their time zone ({@code zone}).
     */
    Object exportFor(long personId, ZoneId zone);

    /**
     * Removes or anonymises what this feature holds about the person, inside the transaction that deletes their
     * account (e.g. comments are kept without their name, progress is removed). Runs before the person row changes.
     */
    void forget(long personId);
}
