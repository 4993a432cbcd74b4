package app.limber.account;

/**
 * Something a feature stores about a person, for "download my data". Each feature that keeps personal data provides
 * one, so the export stays complete as features are added without the account feature knowing them.
 */
public interface PersonalData {

    /** The section name in the export, e.g. "routines". */
    String section();

    /** What this feature holds about the person, as plain JSON-friendly values (maps, lists, strings, numbers). */
    Object exportFor(long personId);
}
