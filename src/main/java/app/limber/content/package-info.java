@NullMarked
package app.limber.content;

import org.jspecify.annotations.NullMarked;
