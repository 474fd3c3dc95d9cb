@NullMarked
package nl.kringwerk.passbook.service;

import org.jspecify.annotations.NullMarked;
