@NullMarked
package nl.kringwerk.material.ui;

import org.jspecify.annotations.NullMarked;
