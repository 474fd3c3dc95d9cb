@NullMarked
package nl.kringwerk.insights.service;

import org.jspecify.annotations.NullMarked;
