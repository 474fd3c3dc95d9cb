@NullMarked
package nl.kringwerk.sessions.domain;

import org.jspecify.annotations.NullMarked;
