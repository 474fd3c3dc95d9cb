package nl.kringwerk.groups.service;

/** An organisation as the Beheer screen lists it. */
public record OrganisationRow(long id, String name, boolean active, long groups) {}
