@NullMarked
package nl.kringwerk.groups.service;

import org.jspecify.annotations.NullMarked;
