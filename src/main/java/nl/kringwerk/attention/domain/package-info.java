/** The signals that a group may need support, worked out from plain facts; free of Spring and Vaadin. */
@NullMarked
package nl.kringwerk.attention.domain;

import org.jspecify.annotations.NullMarked;
