@NullMarked
package nl.kringwerk.savings.domain;

import org.jspecify.annotations.NullMarked;
