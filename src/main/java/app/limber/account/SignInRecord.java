package app.limber.account;

import java.time.Instant;

/** One sign-in attempt in a member's login history: when, from where, and how it went. */
public record SignInRecord(Instant at, String from, String outcome) {
}
