@NullMarked
package nl.kringwerk;

import org.jspecify.annotations.NullMarked;
