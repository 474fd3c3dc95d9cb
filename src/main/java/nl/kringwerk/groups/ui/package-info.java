@NullMarked
package nl.kringwerk.groups.ui;

import org.jspecify.annotations.NullMarked;
