package nl.kringwerk.savings.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * The rules a group agrees at the start of a cycle. Defaults follow practice: no social fund,
 * at most € 250 per deposit, loans up to 3x own savings for at most 16 weeks, no interest, one open
 * loan per member, interest shared in proportion to savings.
 *
 * <p>As typed, the dates, the frequency and the interest share may still be missing; {@link #problems()}
 * names them.
 *
 * @param socialFundPerSession null when the group keeps no social fund
 * @param defaultInterestBp    the usual loan interest in basis points per 4 weeks (200 = 2%); 0 = none
 * @param fixedRoles           the group keeps the tasks of its first session for the whole cycle
 */
public record CycleRules(
        @Nullable LocalDate startsOn,
        @Nullable LocalDate plannedEndOn,
        @Nullable Frequency frequency,
        @Nullable Money socialFundPerSession,
        Money maxDeposit,
        int defaultInterestBp,
        int loanCapMultiple,
        int maxLoanWeeks,
        boolean multipleLoans,
        @Nullable InterestShare interestShare,
        boolean fixedRoles) {

    /** Rules with rotating tasks (the usual choice). */
    public CycleRules(
            @Nullable LocalDate startsOn,
            @Nullable LocalDate plannedEndOn,
            @Nullable Frequency frequency,
            @Nullable Money socialFundPerSession,
            Money maxDeposit,
            int defaultInterestBp,
            int loanCapMultiple,
            int maxLoanWeeks,
            boolean multipleLoans,
            @Nullable InterestShare interestShare) {
        this(
                startsOn,
                plannedEndOn,
                frequency,
                socialFundPerSession,
                maxDeposit,
                defaultInterestBp,
                loanCapMultiple,
                maxLoanWeeks,
                multipleLoans,
                interestShare,
                false);
    }

    public static final Money DEFAULT_MAX_DEPOSIT = Money.euros(250);

    public static CycleRules defaults(LocalDate startsOn, Frequency frequency) {
        return new CycleRules(
                startsOn,
                startsOn.plusYears(1),
                frequency,
                null,
                DEFAULT_MAX_DEPOSIT,
                0,
                3,
                16,
                false,
                InterestShare.BY_SAVINGS);
    }

    /**
     * Rules that start on the given day, with the defaults of {@link #defaults} for a weekly group;
     * set only what differs: {@code CycleRules.builder(day).socialFundPerSession(Money.euros(2)).build()}.
     */
    public static Builder builder(LocalDate startsOn) {
        return new Builder(defaults(startsOn, Frequency.WEEKLY));
    }

    /** Named steps instead of eleven positional arguments; each step sets the component of that name. */
    public static final class Builder {

        private final LocalDate startsOn;
        private LocalDate plannedEndOn;
        private Frequency frequency;
        private Money socialFundPerSession;
        private Money maxDeposit;
        private int defaultInterestBp;
        private int loanCapMultiple;
        private int maxLoanWeeks;
        private boolean multipleLoans;
        private InterestShare interestShare;
        private boolean fixedRoles;

        private Builder(CycleRules defaults) {
            startsOn = defaults.startsOn;
            plannedEndOn = defaults.plannedEndOn;
            frequency = defaults.frequency;
            socialFundPerSession = defaults.socialFundPerSession;
            maxDeposit = defaults.maxDeposit;
            defaultInterestBp = defaults.defaultInterestBp;
            loanCapMultiple = defaults.loanCapMultiple;
            maxLoanWeeks = defaults.maxLoanWeeks;
            multipleLoans = defaults.multipleLoans;
            interestShare = defaults.interestShare;
            fixedRoles = defaults.fixedRoles;
        }

        public Builder plannedEndOn(LocalDate plannedEndOn) {
            this.plannedEndOn = plannedEndOn;
            return this;
        }

        public Builder frequency(Frequency frequency) {
            this.frequency = frequency;
            return this;
        }

        /** Null: the group keeps no social fund. */
        public Builder socialFundPerSession(Money socialFundPerSession) {
            this.socialFundPerSession = socialFundPerSession;
            return this;
        }

        public Builder maxDeposit(Money maxDeposit) {
            this.maxDeposit = maxDeposit;
            return this;
        }

        /** Basis points per 4 weeks: 200 = 2%. */
        public Builder defaultInterestBp(int defaultInterestBp) {
            this.defaultInterestBp = defaultInterestBp;
            return this;
        }

        public Builder loanCapMultiple(int loanCapMultiple) {
            this.loanCapMultiple = loanCapMultiple;
            return this;
        }

        public Builder maxLoanWeeks(int maxLoanWeeks) {
            this.maxLoanWeeks = maxLoanWeeks;
            return this;
        }

        public Builder multipleLoans(boolean multipleLoans) {
            this.multipleLoans = multipleLoans;
            return this;
        }

        public Builder interestShare(InterestShare interestShare) {
            this.interestShare = interestShare;
            return this;
        }

        public Builder fixedRoles(boolean fixedRoles) {
            this.fixedRoles = fixedRoles;
            return this;
        }

        public CycleRules build() {
            return new CycleRules(
                    startsOn,
                    plannedEndOn,
                    frequency,
                    socialFundPerSession,
                    maxDeposit,
                    defaultInterestBp,
                    loanCapMultiple,
                    maxLoanWeeks,
                    multipleLoans,
                    interestShare,
                    fixedRoles);
        }
    }

    /** The same rules for a cycle that starts on another day and lasts as long. */
    public CycleRules startingOn(LocalDate day) {
        long days = ChronoUnit.DAYS.between(startsOn, plannedEndOn);
        return new CycleRules(
                day,
                day.plusDays(days),
                frequency,
                socialFundPerSession,
                maxDeposit,
                defaultInterestBp,
                loanCapMultiple,
                maxLoanWeeks,
                multipleLoans,
                interestShare,
                fixedRoles);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> problems = Texts.newProblems();
        if (startsOn == null) {
            problems.add(InvalidInput.of("startsOn", "error.required"));
        }
        if (plannedEndOn == null) {
            problems.add(InvalidInput.of("plannedEndOn", "error.required"));
        } else if (startsOn != null && !plannedEndOn.isAfter(startsOn)) {
            problems.add(InvalidInput.of("plannedEndOn", "error.cycle-end-before-start"));
        } else if (startsOn != null && plannedEndOn.isAfter(startsOn.plusMonths(24))) {
            problems.add(InvalidInput.of("plannedEndOn", "error.cycle-too-long"));
        }
        if (frequency == null) {
            problems.add(InvalidInput.of("frequency", "error.required"));
        }
        if (socialFundPerSession != null && !socialFundPerSession.isPositive()) {
            problems.add(InvalidInput.of("socialFundPerSession", "error.amount-not-positive"));
        }
        if (maxDeposit == null || !maxDeposit.isPositive()) {
            problems.add(InvalidInput.of("maxDeposit", "error.amount-not-positive"));
        }
        if (loanCapMultiple < 0 || loanCapMultiple > 10) {
            problems.add(InvalidInput.of("loanCapMultiple", "error.loan-cap-range"));
        }
        if (maxLoanWeeks < 1 || maxLoanWeeks > 52) {
            problems.add(InvalidInput.of("maxLoanWeeks", "error.loan-weeks-range"));
        }
        if (defaultInterestBp < 0) {
            problems.add(InvalidInput.of("defaultInterest", "error.interest-negative"));
        } else if (defaultInterestBp > 10_000) {
            problems.add(InvalidInput.of("defaultInterest", "error.interest-too-high"));
        }
        if (interestShare == null) {
            problems.add(InvalidInput.of("interestShare", "error.required"));
        }
        return problems;
    }

    /**
     * Session dates on the day the group meets: the first on that weekday on or after the start, then
     * one every one or two weeks, up to the planned end. A Tuesday group whose cycle is agreed on a
     * Friday meets the next Tuesday, not every Friday.
     */
    public List<LocalDate> sessionDates(DayOfWeek meetingDay) {
        return startsOn.with(TemporalAdjusters.nextOrSame(meetingDay))
                .datesUntil(plannedEndOn.plusDays(1), Period.ofWeeks(frequency.weeksBetweenSessions()))
                .toList();
    }
}
