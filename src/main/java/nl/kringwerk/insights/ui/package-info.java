@NullMarked
package nl.kringwerk.insights.ui;

import org.jspecify.annotations.NullMarked;
