package nl.kringwerk.material.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A piece of material as its author typed it, before it becomes a version. Dutch is required,
 * English is optional (a step's or question's English text may stay empty).
 */
public record MaterialDraft(
        @Nullable String titleNl,
        @Nullable String titleEn,
        @Nullable MaterialFor forType,
        @Nullable String tags,
        @Nullable String goalNl,
        @Nullable String goalEn,
        @Nullable String bringNl,
        @Nullable String bringEn,
        @Nullable String noteNl,
        @Nullable String noteEn,
        @Nullable Integer minutes,
        List<Step> steps,
        List<Question> questions) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_GOAL = 400;
    public static final int MAX_BRING = 400;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_STEP = 600;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_TAG = 40;
    public static final int MAX_TAGS = 400;
    public static final int MAX_STEP_MINUTES = 180;
    public static final int MAX_MINUTES = 600;

    public MaterialDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public record Step(
            @Nullable Integer minutes,
            @Nullable String nl,
            @Nullable String en) {}

    public record Question(@Nullable String nl, @Nullable String en) {}

    /** Themes as typed, separated by commas: trimmed, lower case, each once. */
    public List<String> tagList() {
        LinkedHashSet<String> list = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String clean = Texts.clean(tag);
                if (clean != null) {
                    list.add(clean.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(list);
    }

    /** Everything that stops the piece from being saved; empty when it may be saved. */
    public List<InvalidInput> problems() {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "titleNl", titleNl, MAX_TITLE);
        Texts.optional(problems, "titleEn", titleEn, MAX_TITLE);
        if (forType == null) {
            problems.add(InvalidInput.of("forType", "error.required"));
        }
        Texts.required(problems, "goalNl", goalNl, MAX_GOAL);
        Texts.optional(problems, "goalEn", goalEn, MAX_GOAL);
        Texts.optional(problems, "bringNl", bringNl, MAX_BRING);
        Texts.optional(problems, "bringEn", bringEn, MAX_BRING);
        Texts.optional(problems, "noteNl", noteNl, MAX_NOTE);
        Texts.optional(problems, "noteEn", noteEn, MAX_NOTE);
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(InvalidInput.of("minutes", "error.material-minutes", MAX_MINUTES));
        }
        for (String tag : tagList()) {
            if (tag.length() > MAX_TAG) {
                problems.add(InvalidInput.of("tags", "error.material-tag-too-long", tag, MAX_TAG));
            }
        }
        if (String.join(",", tagList()).length() > MAX_TAGS) {
            problems.add(InvalidInput.of("tags", "error.too-long", MAX_TAGS));
        }
        if (steps.isEmpty()) {
            problems.add(InvalidInput.of("steps", "error.material-no-steps"));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String text = Texts.clean(step.nl());
            if (text == null) {
                problems.add(InvalidInput.of("steps", "error.material-step-text", i + 1));
            } else if (text.length() > MAX_STEP
                    || (step.en() != null && step.en().strip().length() > MAX_STEP)) {
                problems.add(InvalidInput.of("steps", "error.material-step-too-long", i + 1, MAX_STEP));
            }
            if (!validStepMinutes(step.minutes())) {
                problems.add(InvalidInput.of("steps", "error.material-step-minutes", i + 1, MAX_STEP_MINUTES));
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (Texts.clean(q.nl()) == null && Texts.clean(q.en()) != null) {
                problems.add(InvalidInput.of("questions", "error.material-question-text", i + 1));
            }
            if (lengthOf(q.nl()) > MAX_QUESTION || lengthOf(q.en()) > MAX_QUESTION) {
                problems.add(InvalidInput.of("questions", "error.material-question-too-long", i + 1, MAX_QUESTION));
            }
        }
        return problems;
    }

    /** A step lasts 1 to {@value #MAX_STEP_MINUTES} minutes: in a draft, and when a session adjusts it. */
    public static boolean validStepMinutes(@Nullable Integer minutes) {
        return minutes != null && minutes >= 1 && minutes <= MAX_STEP_MINUTES;
    }

    /** A warning, not an error: the duration differs from the steps' minutes added up. */
    public Optional<InvalidInput> durationMismatch() {
        int sum = stepMinutes();
        if (minutes != null && steps.stream().allMatch(s -> s.minutes() != null) && minutes != sum) {
            return Optional.of(InvalidInput.of("minutes", "error.material-duration-mismatch", minutes, sum));
        }
        return Optional.empty();
    }

    public int stepMinutes() {
        return steps.stream()
                .mapToInt(s -> s.minutes() == null ? 0 : s.minutes())
                .sum();
    }

    List<MaterialStep> cleanSteps() {
        return steps.stream()
                .map(s -> new MaterialStep(s.minutes(), Texts.clean(s.nl()), Texts.clean(s.en())))
                .toList();
    }

    List<MaterialQuestion> cleanQuestions() {
        List<MaterialQuestion> list = new ArrayList<>();
        for (Question q : questions) {
            if (Texts.clean(q.nl()) != null) {
                list.add(new MaterialQuestion(Texts.clean(q.nl()), Texts.clean(q.en())));
            }
        }
        return list;
    }

    private static int lengthOf(@Nullable String text) {
        return text == null ? 0 : text.strip().length();
    }
}
