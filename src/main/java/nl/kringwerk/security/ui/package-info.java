@NullMarked
package nl.kringwerk.security.ui;

import org.jspecify.annotations.NullMarked;
