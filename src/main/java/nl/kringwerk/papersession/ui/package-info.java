@NullMarked
package nl.kringwerk.papersession.ui;

import org.jspecify.annotations.NullMarked;
