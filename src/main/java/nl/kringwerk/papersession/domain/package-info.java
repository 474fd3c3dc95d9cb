@NullMarked
package nl.kringwerk.papersession.domain;

import org.jspecify.annotations.NullMarked;
