@NullMarked
package nl.kringwerk.loans.domain;

import org.jspecify.annotations.NullMarked;
