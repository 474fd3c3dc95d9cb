package nl.kringwerk.savings.service;

/**
 * A booking of a session committed: the meeting as it is now, computed once in the booking from what
 * the booking read (issue 22). Published as a Spring event after commit; the meeting screens apply
 * it instead of each reading the session again.
 */
public record MeetingChanged(MeetingState state) {}
