/** How free text enters the app: {@link app.limber.platform.text.Text#clean}, applied to every stored string. */
@NullMarked
package app.limber.platform.text;

import org.jspecify.annotations.NullMarked;
