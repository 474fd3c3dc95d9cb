package nl.kringwerk.sessions.service;

import java.time.LocalDate;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Reflection;

/** A session in the group's list. */
public record ListeningLine(long id, LocalDate date, ListeningStatus status, Reflection reflection, int present) {}
