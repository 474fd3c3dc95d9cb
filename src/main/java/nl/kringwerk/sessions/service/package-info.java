@NullMarked
package nl.kringwerk.sessions.service;

import org.jspecify.annotations.NullMarked;
