package nl.kringwerk.savings.service;

import java.time.LocalDate;
import nl.kringwerk.savings.domain.SessionStatus;

public record SessionLine(long id, LocalDate date, SessionStatus status) {}
