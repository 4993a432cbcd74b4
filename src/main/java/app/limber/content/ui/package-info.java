@NullMarked
package app.limber.content.ui;

import org.jspecify.annotations.NullMarked;
