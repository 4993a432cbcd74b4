package app.limber.content;

/**
 * A picture ready to send, and whether it belongs to an item everyone may see (then shared caches may keep it; a
 * members-only item's picture is cached by the member's own browser only).
 */
public record PictureFile(MediaFile file, boolean forEveryone) {
}
