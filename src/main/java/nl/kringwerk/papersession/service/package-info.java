@NullMarked
package nl.kringwerk.papersession.service;

import org.jspecify.annotations.NullMarked;
