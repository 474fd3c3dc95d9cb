package nl.kringwerk.rounds.service;

import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.domain.SecretRoundRepository;
import nl.kringwerk.savings.service.SessionGuard;
import org.springframework.stereotype.Component;

/**
 * While a secret round runs at a savings session, the session does not close and nobody present
 * leaves the list: the round's end checks the session and who is present (a ballot's totals become
 * the loan's decision, which needs an open session and no more votes than people present). The chair
 * ends the round first; then both are possible again.
 */
@Component
class RoundSessionGuard implements SessionGuard {

    private final SecretRoundRepository rounds;

    RoundSessionGuard(SecretRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void beforeClose(long sessionId) {
        if (running(sessionId)) {
            throw InvalidInputException.of("session", "error.session-round-running");
        }
    }

    @Override
    public void beforeLeaving(long sessionId, long memberId) {
        if (running(sessionId)) {
            throw InvalidInputException.of("member", "error.attendance-round-running");
        }
    }

    private boolean running(long sessionId) {
        return rounds.findBySavingsSessionIdOrderById(sessionId).stream()
                .anyMatch(r -> r.getStatus() == RoundStatus.OPEN);
    }
}
