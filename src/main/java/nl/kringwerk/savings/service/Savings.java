package nl.kringwerk.savings.service;

import org.springframework.stereotype.Component;

/**
 * The savings feature's services together, for the views and the demo loader that use several of
 * them. Each one keeps its own rules; this only hands them over.
 */
@Component
public record Savings(
        CycleService cycles,
        SessionService sessions,
        TaskService tasks,
        BookingService bookings,
        SavingsRecords records) {}
