package nl.kringwerk.loans.service;

import org.jspecify.annotations.Nullable;

/** What the bookkeeper or facilitator typed for a member's request. */
public record LoanRequest(
        long memberId,
        String amountText,
        @Nullable Integer weeks,
        @Nullable String purpose) {}
