@NullMarked
package app.limber.account;

import org.jspecify.annotations.NullMarked;
