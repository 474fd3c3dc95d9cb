@NullMarked
package nl.kringwerk.rounds.service;

import org.jspecify.annotations.NullMarked;
