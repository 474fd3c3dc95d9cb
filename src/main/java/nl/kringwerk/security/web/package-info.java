/** What every answer tells the browser: the content security policy and the other security headers. */
@NullMarked
package nl.kringwerk.security.web;

import org.jspecify.annotations.NullMarked;
