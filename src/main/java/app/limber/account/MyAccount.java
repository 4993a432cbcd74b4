package app.limber.account;

/**
 * What a person sees and edits on their own account page, read with one statement: the notification choice comes
 * along so that the page doesn't read the person a second time.
 */
public record MyAccount(String email, String displayName, String timeZone, boolean wantsCommentEmails) {

    static MyAccount of(Person person) {
        return new MyAccount(person.getEmail(), person.getDisplayName(), person.getTimeZone(),
                person.wantsCommentEmails());
    }
}
