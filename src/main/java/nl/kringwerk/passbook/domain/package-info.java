@NullMarked
package nl.kringwerk.passbook.domain;

import org.jspecify.annotations.NullMarked;
