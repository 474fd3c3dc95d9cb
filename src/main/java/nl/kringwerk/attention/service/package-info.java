/** Which groups need attention: the facts read through the features' own services, behind the access gate. */
@NullMarked
package nl.kringwerk.attention.service;

import org.jspecify.annotations.NullMarked;
