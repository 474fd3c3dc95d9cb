@NullMarked
package nl.kringwerk.practice.ui;

import org.jspecify.annotations.NullMarked;
