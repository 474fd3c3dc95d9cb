@NullMarked
package nl.kringwerk.savings.service;

import org.jspecify.annotations.NullMarked;
