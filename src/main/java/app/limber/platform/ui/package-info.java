@NullMarked
package app.limber.platform.ui;

import org.jspecify.annotations.NullMarked;
