package nl.kringwerk.groups.service;

public record OrganisationOption(long id, String name) {}
