package nl.kringwerk.loans.service;

/** What the bookkeeper or facilitator typed for a member's request. */
public record LoanRequest(long memberId, String amountText, Integer weeks, String purpose) {}
