@NullMarked
package nl.kringwerk.sessions.ui;

import org.jspecify.annotations.NullMarked;
