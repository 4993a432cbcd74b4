/**
 * What the public site tells machines: JSON-LD structured data for pages, the sitemap, robots.txt and the Atom feed.
 */
@NullMarked
package app.limber.site.seo;

import org.jspecify.annotations.NullMarked;
