package nl.kringwerk.sessions.service;

/** A step of prepared session material as a listening session's plan takes it in. */
public record ThemeStep(int minutes, String description) {}
