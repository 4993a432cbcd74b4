package app.limber.account;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the audit log records, each with the code stored in {@code audit_events.action} ({@code area.verb}) and
 * the label an admin reads. The one place an action is named: {@link AuditLog} accepts nothing else, so every code
 * that can reach the log has a label.
 */
public enum AuditAction {
    SIGNED_IN("signin.succeeded", "Signed in"),
    SIGN_IN_FAILED("signin.failed", "Sign-in failed"),
    SIGN_IN_DISABLED("signin.disabled", "Sign-in refused: account disabled"),
    SIGN_IN_THROTTLED("signin.throttled", "Sign-in refused: too many attempts"),

    PASSWORD_CHANGED("account.password-changed", "Password changed"),
    EMAIL_CHANGED("account.email-changed", "Email changed"),
    ACCOUNT_DELETED("account.deleted", "Account deleted"),

    MEMBER_INVITED("member.invited", "Invited"),
    MEMBER_JOINED("member.joined", "Accepted invitation"),
    ROLES_CHANGED("member.roles_changed", "Roles changed"),
    MEMBER_DISABLED("member.disabled", "Disabled"),
    MEMBER_ENABLED("member.enabled", "Enabled"),
    PASSWORD_RESET_SENT("member.password_reset_sent", "Password reset sent"),
    MEMBER_DATA_EXPORTED("member.data_exported", "Member's data downloaded"),

    CONTENT_PUBLISHED("content.published", "Published"),
    CONTENT_SCHEDULED("content.scheduled", "Scheduled"),
    CONTENT_ARCHIVED("content.archived", "Archived"),
    PROGRAM_PUBLISHED("program.published", "Program published"),
    PROGRAM_SCHEDULED("program.scheduled", "Program scheduled"),
    PROGRAM_ARCHIVED("program.archived", "Program archived"),
    PROGRAM_UNPUBLISHED("program.unpublished", "Program back to draft"),

    ENROLMENT_CREATED("enrolment.created", "Enrolled"),
    ENROLMENT_REMOVED("enrolment.removed", "Enrolment removed"),
    ENROLMENT_PAUSED("enrolment.paused", "Enrolment paused"),
    ENROLMENT_RESUMED("enrolment.resumed", "Enrolment resumed"),
    ENROLMENT_RESTARTED("enrolment.restarted", "Enrolment started again"),
    ENROLMENT_LEFT("enrolment.left", "Left a program"),
    CALENDAR_ADDRESS_CREATED("calendar.address-created", "Calendar feed address created"),
    CALENDAR_REVOKED("calendar.revoked", "Calendar feed address revoked"),

    SELF_TEST_CREATED("selftest.created", "Self-test created"),
    SELF_TEST_CHANGED("selftest.changed", "Self-test changed"),
    SELF_TEST_RETIRED("selftest.retired", "Self-test retired"),

    COMMENT_APPROVED("comment.approved", "Comment approved"),
    COMMENT_UNAPPROVED("comment.unapproved", "Comment back to pending"),
    COMMENT_SPAMMED("comment.spammed", "Comment marked as spam"),
    COMMENT_TRASHED("comment.trashed", "Comment moved to trash"),
    COMMENT_DELETED("comment.deleted", "Comment deleted for good");

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;
    private final String label;

    AuditAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code stored in the log, e.g. {@code member.roles_changed}. */
    public String code() {
        return code;
    }

    /** What an admin reads, e.g. "Roles changed". */
    public String label() {
        return label;
    }

    /** Whether this is one of the sign-in events. */
    public boolean isSignIn() {
        return code.startsWith("signin.");
    }

    /** The label for a stored code; a code no longer known (from an older version) is shown as it is. */
    public static String labelOf(String code) {
        AuditAction action = BY_CODE.get(code);
        return action == null ? code : action.label;
    }
}
