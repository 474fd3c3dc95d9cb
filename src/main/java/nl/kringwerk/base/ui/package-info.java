@NullMarked
package nl.kringwerk.base.ui;

import org.jspecify.annotations.NullMarked;
