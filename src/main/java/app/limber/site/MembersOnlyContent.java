package app.limber.site;

import app.limber.content.MembersOnlyTeaser;

/**
 * A members-only article or routine as a visitor sees it: the teaser and the "sign in or join" panel.
 * {@code kind} names the item ("article", "routine"), {@code action} what membership lets them do ("read", "follow").
 */
public record MembersOnlyContent(MembersOnlyTeaser teaser, String kind, String action) {
}
