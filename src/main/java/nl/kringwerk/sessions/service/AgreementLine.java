package nl.kringwerk.sessions.service;

public record AgreementLine(long id, String text) {}
