package app.limber.account;

/** What a person sees and edits on their own account page. */
public record MyAccount(String email, String displayName, String timeZone) {
}
