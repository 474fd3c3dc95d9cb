@NullMarked
package nl.kringwerk.passbook.ui;

import org.jspecify.annotations.NullMarked;
