@NullMarked
package nl.kringwerk.base.domain;

import org.jspecify.annotations.NullMarked;
