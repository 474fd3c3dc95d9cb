@NullMarked
package nl.kringwerk.practice.domain;

import org.jspecify.annotations.NullMarked;
