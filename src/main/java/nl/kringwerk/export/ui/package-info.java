/** The download link of the group's own export on the group page. */
@NullMarked
package nl.kringwerk.export.ui;

import org.jspecify.annotations.NullMarked;
