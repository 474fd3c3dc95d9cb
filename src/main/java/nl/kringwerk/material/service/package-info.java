@NullMarked
package nl.kringwerk.material.service;

import org.jspecify.annotations.NullMarked;
