@NullMarked
package nl.kringwerk.demo;

import org.jspecify.annotations.NullMarked;
