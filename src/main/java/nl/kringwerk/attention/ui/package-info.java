/** The list of groups that need attention, and each group's own signals on its page. */
@NullMarked
package nl.kringwerk.attention.ui;

import org.jspecify.annotations.NullMarked;
