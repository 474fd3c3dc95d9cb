@NullMarked
package nl.kringwerk.loans.service;

import org.jspecify.annotations.NullMarked;
