package nl.kringwerk.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/** One step of a session plan: what kind, how many minutes, skipped or not, run or not. */
@Embeddable
public class ListeningStep {

    public static final int MAX_MINUTES = 180;
    public static final int MAX_TITLE = 60;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    /** Only for an EXTRA or THEME step: its name. Never what was said. */
    @Column(length = 120)
    private @Nullable String title;

    /** Only for a THEME step: what to do, from the session material. */
    @Column(length = 600)
    private @Nullable String detail;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private boolean skipped;

    @Column(nullable = false)
    private boolean done;

    protected ListeningStep() {}

    private ListeningStep(StepKind kind, @Nullable String title, int minutes) {
        this.kind = kind;
        this.title = title;
        this.minutes = minutes;
    }

    public static ListeningStep usual(StepKind kind) {
        return new ListeningStep(kind, null, kind.usualMinutes());
    }

    /** An extra step with its own name; checked with {@link #problemsOfExtra}. */
    public static ListeningStep extra(String title, int minutes) {
        return new ListeningStep(StepKind.EXTRA, Texts.clean(title), minutes);
    }

    /** A step of prepared session material: the piece's title and what to do, as prepared. */
    public static ListeningStep theme(String title, String detail, int minutes) {
        ListeningStep step = new ListeningStep(StepKind.THEME, Texts.clean(title), minutes);
        step.detail = Texts.clean(detail);
        return step;
    }

    public static List<InvalidInput> problemsOfExtra(String title, @Nullable Integer minutes) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "title", title, MAX_TITLE);
        minutesProblem(minutes).ifPresent(problems::add);
        return problems;
    }

    public static Optional<InvalidInput> minutesProblem(@Nullable Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            return Optional.of(InvalidInput.of("minutes", "error.step-minutes", MAX_MINUTES));
        }
        return Optional.empty();
    }

    void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    void setSkipped(boolean skipped) {
        this.skipped = skipped;
    }

    void markDone(boolean done) {
        this.done = done;
    }

    public StepKind kind() {
        return kind;
    }

    public @Nullable String title() {
        return title;
    }

    public @Nullable String detail() {
        return detail;
    }

    public int minutes() {
        return minutes;
    }

    public boolean skipped() {
        return skipped;
    }

    public boolean done() {
        return done;
    }
}
