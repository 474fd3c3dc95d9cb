@NullMarked
package nl.kringwerk.groups.domain;

import org.jspecify.annotations.NullMarked;
