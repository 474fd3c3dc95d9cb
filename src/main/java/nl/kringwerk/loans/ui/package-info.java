@NullMarked
package nl.kringwerk.loans.ui;

import org.jspecify.annotations.NullMarked;
