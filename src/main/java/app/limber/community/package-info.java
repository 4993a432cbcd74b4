/**
 * Comments on articles and routines (one level of replies) and their moderation: the rules that hold, send to spam
 * or refuse a comment ({@link app.limber.community.ModerationRules}), the moderation queue, status history and
 * notification emails.
 */
@NullMarked
package app.limber.community;

import org.jspecify.annotations.NullMarked;
