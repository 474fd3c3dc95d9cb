package nl.kringwerk.passbook.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.groups.service.MemberPassAccess;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.MemberLoans;
import nl.kringwerk.passbook.domain.CodeOpening;
import nl.kringwerk.passbook.domain.CodeOpeningRepository;
import nl.kringwerk.passbook.domain.MemberCode;
import nl.kringwerk.passbook.domain.MemberCodeRepository;
import nl.kringwerk.passbook.domain.PassbookSetting;
import nl.kringwerk.passbook.domain.PassbookSettingRepository;
import nl.kringwerk.passbook.domain.PersonalCodes;
import nl.kringwerk.passbook.domain.SavingsGoalRepository;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.MemberRecords;
import nl.kringwerk.savings.service.MemberRecords.MemberCycle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's side: she opens her own passbook with her personal code (and PIN, if she chose one),
 * without an account, and reads it. Tries are throttled ({@link CodeThrottle}); every opening is
 * logged for her group's officers. The only maker of a {@link MemberPass}.
 */
@Service
public class PassbookService {

    private final MemberCodeRepository codes;
    private final CodeOpeningRepository openings;
    private final PassbookSettingRepository settings;
    private final SavingsGoalRepository goals;
    private final MemberPassAccess access;
    private final MemberRecords records;
    private final MemberLoans loans;
    private final CodeThrottle throttle;
    private final Clock clock;

    PassbookService(
            MemberCodeRepository codes,
            CodeOpeningRepository openings,
            PassbookSettingRepository settings,
            SavingsGoalRepository goals,
            MemberPassAccess access,
            MemberRecords records,
            MemberLoans loans,
            CodeThrottle throttle,
            Clock clock) {
        this.codes = codes;
        this.openings = openings;
        this.settings = settings;
        this.goals = goals;
        this.access = access;
        this.records = records;
        this.loans = loans;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** What came of a try to open a passbook. */
    public enum Outcome {
        OPENED,
        /** The code is right and her card has a PIN: ask for it. */
        NEEDS_PIN,
        WRONG_PIN,
        /** No such code (or mistyped). */
        UNKNOWN,
        /** The card was renewed or taken back, she left the group, or the group ended. */
        NO_LONGER_VALID,
        /** Too many tries: wait. */
        WAIT
    }

    /**
     * @param pass     only when opened
     * @param language the language she chose for her passbook, only when opened
     * @param waitFor  only when refused for too many tries
     */
    public record Opening(
            Outcome outcome,
            @Nullable MemberPass pass,
            @Nullable String language,
            @Nullable Duration waitFor) {

        static Opening of(Outcome outcome) {
            return new Opening(outcome, null, null, null);
        }
    }

    /**
     * Opens a passbook with the code from her card (typed or scanned) and her PIN if her card has one.
     *
     * @param address the client's address, for the throttle
     */
    @Transactional
    public Opening open(String typedCode, @Nullable String pin, String address) {
        Optional<Duration> wait = throttle.tryCode(address);
        if (wait.isPresent()) {
            return new Opening(Outcome.WAIT, null, null, wait.get());
        }
        if (!PersonalCodes.isWellFormed(typedCode)) {
            return Opening.of(Outcome.UNKNOWN);
        }
        Optional<MemberCode> found = codes.findWithLockByCodeHash(PersonalCodes.hash(typedCode));
        if (found.isEmpty()) {
            return Opening.of(Outcome.UNKNOWN);
        }
        throttle.codeSucceeded(address);
        MemberCode code = found.get();
        MemberPass pass = new MemberPass(code.getGroupId(), code.getMemberId(), code.getId());
        if (!code.isLive() || !access.isValid(pass)) {
            return Opening.of(Outcome.NO_LONGER_VALID);
        }
        if (code.needsPin()) {
            if (pin == null || pin.isBlank()) {
                return Opening.of(Outcome.NEEDS_PIN);
            }
            Optional<Duration> pinWait = throttle.tryPin(code.getId());
            if (pinWait.isPresent()) {
                return new Opening(Outcome.WAIT, null, null, pinWait.get());
            }
            if (!code.checkPin(typedCode, pin, clock.instant())) {
                return Opening.of(code.isLive() ? Outcome.WRONG_PIN : Outcome.NO_LONGER_VALID);
            }
            throttle.pinSucceeded(code.getId());
        }
        openings.save(new CodeOpening(code.getGroupId(), code.getMemberId(), code.getId(), clock.instant()));
        String language = settings.findById(code.getMemberId())
                .map(PassbookSetting::getLanguage)
                .orElse("nl");
        return new Opening(Outcome.OPENED, pass, language, null);
    }

    /**
     * Her passbook, read-only: her savings per session and total, her goal, her loans with what is due
     * when, the next session, and the group's ledger of the cycle as the table sees it.
     *
     * @throws PassNoLongerValidException when the card was renewed or taken back since it was opened,
     *     she left, or the group ended
     */
    @Transactional(readOnly = true)
    public PassbookPage page(MemberPass pass) {
        requireLive(pass);
        Optional<MemberCycle> cycle;
        try {
            cycle = records.cycle(pass);
        } catch (NotFoundOrNotAllowedException e) {
            throw new PassNoLongerValidException();
        }
        PassbookSetting setting = settings.findById(pass.memberId()).orElse(null);
        boolean amounts = setting != null && setting.isAmountsInMessages();
        if (cycle.isEmpty()) {
            String groupName = access.facts(pass).name();
            return new PassbookPage(
                    groupName,
                    access.facts(pass).nameOf(pass.memberId()),
                    0,
                    false,
                    List.of(),
                    Money.ZERO,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null,
                    amounts);
        }
        MemberCycle c = cycle.get();
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> dates = c.record().sessionDates();
        GoalView goal = goals.findByCycleIdAndMemberId(c.record().cycleId(), pass.memberId())
                .map(g -> GoalMath.view(g.details(), c.record(), pass.memberId(), today, Money.ZERO))
                .orElse(null);
        List<LoanLine> herLoans = loans.loansOf(pass);
        return new PassbookPage(
                c.group().name(),
                c.group().nameOf(pass.memberId()),
                c.record().cycle().getNumber(),
                c.record().cycle().isSharingOut(),
                c.passbook(),
                c.savings(),
                goal,
                herLoans,
                nextSession(c, today),
                c.journal().stream()
                        .map(e -> new PassbookPage.LedgerRow(
                                e.sessionId() == null ? null : dates.get(e.sessionId()),
                                e.memberName(),
                                e.kind(),
                                e.amount(),
                                e.reversed(),
                                e.reason()))
                        .toList(),
                receipt(c, pass, herLoans),
                amounts);
    }

    /** Whether the pass still opens her passbook (the card is live, she is in a running group). */
    @Transactional(readOnly = true)
    public boolean isValid(MemberPass pass) {
        return codes.findById(pass.codeId())
                        .filter(MemberCode::isLive)
                        .filter(c -> c.getMemberId() == pass.memberId() && c.getGroupId() == pass.groupId())
                        .isPresent()
                && access.isValid(pass);
    }

    private void requireLive(MemberPass pass) {
        if (!isValid(pass)) {
            throw new PassNoLongerValidException();
        }
    }

    private static @Nullable Slip receipt(MemberCycle c, MemberPass pass, List<LoanLine> herLoans) {
        SavingsSession last = ReceiptMath.lastClosed(c.record());
        return last == null
                ? null
                : ReceiptMath.slip(
                        c.group().name(),
                        c.group().nameOf(pass.memberId()),
                        c.record(),
                        last,
                        pass.memberId(),
                        herLoans);
    }

    private static @Nullable LocalDate nextSession(MemberCycle c, LocalDate today) {
        if (!c.record().cycle().isOpen()) {
            return null;
        }
        return c.record().sessions().stream()
                .filter(s -> s.getStatus() == SessionStatus.OPEN
                        || (s.getStatus() == SessionStatus.PLANNED
                                && !s.getPlannedOn().isBefore(today)))
                .map(SavingsSession::getPlannedOn)
                .findFirst()
                .orElse(null);
    }
}
