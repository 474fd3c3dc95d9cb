package nl.kringwerk.rounds.service;

import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.domain.Tallies;
import org.jspecify.annotations.Nullable;

/**
 * The totals of an ended round, the only thing a round ever shows of its answers.
 *
 * @param taps         how many tapped (she who passed over every statement counts too)
 * @param loanApproved a ballot: whether the loan was granted; null when nobody voted (no decision)
 */
public record RoundResult(
        long roundId,
        RoundPurpose purpose,
        @Nullable OutcomePhase phase,
        int scale,
        RoundStatus status,
        int taps,
        Tallies tallies,
        @Nullable Boolean loanApproved) {}
