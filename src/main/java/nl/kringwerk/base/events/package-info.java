@NullMarked
package nl.kringwerk.base.events;

import org.jspecify.annotations.NullMarked;
