/**
 * How long a signed-in session lives: a new session at every login, an idle time per role that
 * Vaadin's heartbeat cannot stretch, and an absolute limit checked on every request.
 */
@NullMarked
package nl.kringwerk.security.session;

import org.jspecify.annotations.NullMarked;
