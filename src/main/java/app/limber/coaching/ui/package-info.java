@NullMarked
package app.limber.coaching.ui;

import org.jspecify.annotations.NullMarked;
