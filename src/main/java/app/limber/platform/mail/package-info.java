/**
 * Outgoing email: features put messages into the {@link app.limber.platform.mail.Outbox} inside their own
 * transaction; a background job sends them, retrying while the mail server is away (decision 0008).
 */
@NullMarked
package app.limber.platform.mail;

import org.jspecify.annotations.NullMarked;
