/**
 * Issue 19: a session held on paper when the wifi failed, entered afterwards by one officer and
 * confirmed by a second person, booked through the savings and loans rules of a live session.
 * Stands on top of savings and loans.
 */
@NullMarked
package nl.kringwerk.papersession;

import org.jspecify.annotations.NullMarked;
