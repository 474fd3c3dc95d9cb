@NullMarked
package nl.kringwerk.security;

import org.jspecify.annotations.NullMarked;
