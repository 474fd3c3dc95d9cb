/** Answers outside Vaadin's views: the error page for requests that never reach a view. */
@NullMarked
package nl.kringwerk.base.web;

import org.jspecify.annotations.NullMarked;
