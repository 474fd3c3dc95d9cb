package nl.kringwerk.loans.service;

import nl.kringwerk.base.domain.Money;

/**
 * One member's pot at the share-out.
 *
 * @param payout what she gets in cash: savings + share - loan settled (negative: she pays that in)
 */
public record Pot(
        long memberId, String name, Money savings, Money share, Money loanSettled, Money payout, boolean paid) {}
