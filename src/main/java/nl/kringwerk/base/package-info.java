@NullMarked
package nl.kringwerk.base;

import org.jspecify.annotations.NullMarked;
