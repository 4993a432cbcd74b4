package app.limber.admin.ui;

import app.limber.account.InvitationService;
import app.limber.account.MemberAdmin;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.admin.MemberRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The members grid's bulk actions that change access: enable, change role, send the invitation again. Each asks first,
 * saying how many of the selected members it will change, then says how many it changed; every change is audited by
 * the service that makes it.
 */
class MemberBulkActions extends Div {

    private final MemberAdmin memberAdmin;
    private final InvitationService invitations;
    private final Supplier<Set<MemberRow>> selection;
    private final Runnable afterChange;

    final Button enableSelected = new Button("Enable");
    final Select<Role> newRole = new Select<>();
    final Button changeRole = new Button("Change role");
    final Button resendInvitation = new Button("Resend invitation");
    /** The confirmation open now, if any (for tests; the dialog removes itself when closed). */
    ConfirmDialog confirmation = new ConfirmDialog();

    MemberBulkActions(MemberAdmin memberAdmin, InvitationService invitations, Supplier<Set<MemberRow>> selection,
            Runnable afterChange) {
        this.memberAdmin = memberAdmin;
        this.invitations = invitations;
        this.selection = selection;
        this.afterChange = afterChange;
        addClassName("bulk-access-actions");
        enableSelected.addClickListener(event -> confirmEnable());
        newRole.setAriaLabel("New role");
        newRole.setPlaceholder("Role");
        newRole.setItems(Role.values());
        newRole.setItemLabelGenerator(role -> role == null ? "" : role.label());
        changeRole.addClickListener(event -> confirmChangeRole());
        resendInvitation.addClickListener(event -> confirmResend());
        add(enableSelected, newRole, changeRole, resendInvitation);
        update();
    }

    /** Enables the buttons that have something to do for the current selection. */
    void update() {
        Set<MemberRow> selected = selection.get();
        enableSelected.setEnabled(selected.stream().anyMatch(row -> row.status() == MemberStatus.DISABLED));
        changeRole.setEnabled(!selected.isEmpty());
        resendInvitation.setEnabled(selected.stream().anyMatch(row -> row.status() == MemberStatus.INVITED));
    }

    private void confirmEnable() {
        confirm(row -> row.status() == MemberStatus.DISABLED, "Enable %s?",
                "They can sign in again with their password.", "Enable",
                memberAdmin::enableAll, changed -> changed + " " + members(changed) + " enabled.");
    }

    private void confirmChangeRole() {
        Role role = newRole.getValue();
        if (role == null) {
            newRole.setErrorMessage("Choose a role first.");
            newRole.setInvalid(true);
            return;
        }
        newRole.setInvalid(false);
        confirm(row -> !row.roles().equals(EnumSet.of(role)), "Change %s to " + role.label() + "?",
                "They will hold the " + role.label() + " role only, from their next sign-in (they are signed out now)."
                        + " Your own admin role is kept.",
                "Change role", ids -> memberAdmin.changeRoleAll(ids, role),
                changed -> changed + " " + members(changed) + " now " + role.label() + " only.");
    }

    private void confirmResend() {
        confirm(row -> row.status() == MemberStatus.INVITED, "Send the invitation again to %s?",
                "Each gets an email with a new link, valid for " + InvitationService.VALID_FOR.toDays()
                        + " days. Members who already accepted are skipped.",
                "Send", invitations::resendAll,
                changed -> "Invitation sent again to " + changed + " " + members(changed) + ".");
    }

    /**
     * Asks about the selected members the action applies to ({@code title} gets "3 members", or "2 of the 3 selected
     * members"), then runs it on them and reports the count it returns.
     */
    private void confirm(Predicate<MemberRow> applies, String title, String text, String confirmLabel,
            ToIntFunction<List<Long>> action, IntFunction<String> result) {
        Set<MemberRow> selected = selection.get();
        List<Long> ids = selected.stream().filter(applies).map(MemberRow::id).toList();
        if (ids.isEmpty()) {
            MembersView.notify("None of the selected members needs this.", NotificationVariant.LUMO_CONTRAST);
            return;
        }
        String who = ids.size() == selected.size() ? ids.size() + " " + members(ids.size())
                : ids.size() + " of the " + selected.size() + " selected members";
        confirmation = new ConfirmDialog(title.formatted(who), text, confirmLabel, event -> {
            // Closed first: while a modal dialog is open, a notification would open inside it and go with it.
            event.getSource().close();
            int changed = action.applyAsInt(ids);
            MembersView.notify(result.apply(changed), NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        }, "Cancel", event -> { });
        confirmation.open();
    }

    private static String members(int count) {
        return count == 1 ? "member" : "members";
    }
}
