package app.limber.account;

import java.util.Optional;

/**
 * Something signing up can lead to besides the account, named by a query parameter of the sign-up address (e.g.
 * {@code /register?program=back-on-track}) and done once the email is confirmed. Features provide these, so the
 * account feature carries the wish without knowing what it is about.
 */
public interface RegistrationFollowUp {

    /** The query parameter that asks for it, e.g. "program". */
    String parameter();

    /** What will happen, in a sentence for the sign-up page; empty when {@code value} names nothing that can be done. */
    Optional<String> describe(String value);

    /** A new, unconfirmed account was created with this wish (inside the registration's transaction). */
    void registered(long personId, String value);

    /** The account's email was confirmed: do what was wished; a sentence per thing done (or that could not be). */
    java.util.List<String> confirmed(long personId);
}
