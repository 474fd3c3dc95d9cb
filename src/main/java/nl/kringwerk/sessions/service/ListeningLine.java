package nl.kringwerk.sessions.service;

import java.time.LocalDate;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Reflection;
import org.jspecify.annotations.Nullable;

/** A session in the group's list. */
public record ListeningLine(
        long id,
        LocalDate date,
        ListeningStatus status,
        @Nullable Reflection reflection,
        int present) {}
