package nl.kringwerk.attention.domain;

import java.util.Locale;

/** Why a group may need attention. Each kind has a short text and an explanation in the bundles. */
public enum SignalKind {
    NO_RECENT_SESSION,
    ATTENDANCE_FALLING,
    LOAN_ARREARS,
    CASH_DIFFERENCES,
    MEMBERS_LEAVING,
    CYCLE_ENDING,
    NO_CONTACT;

    /** The bundle key of the short text, e.g. {@code attention.signal.no-recent-session}. */
    public String key() {
        return "attention.signal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the explanation: what was counted and from which threshold it shows. */
    public String explanationKey() {
        return "attention.explain." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
