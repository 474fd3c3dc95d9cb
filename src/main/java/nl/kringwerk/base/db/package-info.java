@NullMarked
package nl.kringwerk.base.db;

import org.jspecify.annotations.NullMarked;
