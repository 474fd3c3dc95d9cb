@NullMarked
package nl.kringwerk.savings.ui;

import org.jspecify.annotations.NullMarked;
