package nl.kringwerk.rounds.service;

import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.RoundStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the tablet shows of a round: what is asked, how many of those present are done ("7 van 8
 * klaar") and whose turn is still to come. Never an answer: totals are only in {@link RoundResult},
 * once the round has ended.
 *
 * @param waiting     those present who have not tapped yet, to find her own name
 * @param interrupted the answers so far were lost (the server stopped): the chair can only end it
 * @param languages   the group's screen languages: what members read is in these
 * @param loanMember  a ballot: whose request it is; the amount and weeks are in the next fields
 * @param savingsSessionId   the meeting the round is held at (a savings group), or null
 * @param listeningSessionId the listening session the round is held at, or null
 * @param statements  an outcome round: per statement the wording the organisation chose, by language
 *                    tag ("nl", "en"); empty for a statement (or a language) in the standard wording
 */
public record RoundView(
        long roundId,
        RoundPurpose purpose,
        @Nullable OutcomePhase phase,
        int scale,
        RoundStatus status,
        int done,
        int present,
        List<Waiting> waiting,
        boolean interrupted,
        @Nullable String loanMember,
        @Nullable Money loanAmount,
        int loanWeeks,
        ScreenLanguages languages,
        @Nullable Long savingsSessionId,
        @Nullable Long listeningSessionId,
        List<Map<String, String>> statements) {

    public record Waiting(long memberId, String name) {}

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }
}
