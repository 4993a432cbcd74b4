@NullMarked
package app.limber.account.ui;

import org.jspecify.annotations.NullMarked;
