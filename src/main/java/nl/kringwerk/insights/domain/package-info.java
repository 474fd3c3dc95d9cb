@NullMarked
package nl.kringwerk.insights.domain;

import org.jspecify.annotations.NullMarked;
