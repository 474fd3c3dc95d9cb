@NullMarked
package nl.kringwerk.rounds.ui;

import org.jspecify.annotations.NullMarked;
