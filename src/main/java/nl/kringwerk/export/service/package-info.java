/** The group's own export: its whole record as a ZIP of CSV files with a README, behind the access gate. */
@NullMarked
package nl.kringwerk.export.service;

import org.jspecify.annotations.NullMarked;
