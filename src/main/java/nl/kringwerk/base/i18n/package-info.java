@NullMarked
package nl.kringwerk.base.i18n;

import org.jspecify.annotations.NullMarked;
