@NullMarked
package nl.kringwerk.material.domain;

import org.jspecify.annotations.NullMarked;
