@NullMarked
package nl.kringwerk.rounds.domain;

import org.jspecify.annotations.NullMarked;
