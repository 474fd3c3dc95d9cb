/**
 * The login door: how many tries an account and a client address get, what the log says about
 * each try, and what the login page is told when a try is refused.
 */
@NullMarked
package nl.kringwerk.security.login;

import org.jspecify.annotations.NullMarked;
