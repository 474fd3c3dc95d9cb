package nl.kringwerk.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.material.service.MaterialPiece;
import org.jspecify.annotations.Nullable;

/**
 * Writing a piece, or its next version: Dutch first, English optional below. Nothing is saved
 * while a rule is broken; a duration that differs from the steps asks to confirm it.
 */
final class MaterialEditor extends Dialog {

    /** Saves the draft; returns the id of the piece to show. */
    private interface Save {
        long save(MaterialDraft draft, boolean shared, boolean durationConfirmed);
    }

    private final TextField titleNl = new TextField();
    private final Select<MaterialFor> forType = new Select<>();
    private final TextField tags = new TextField();
    private final IntegerField minutes = new IntegerField();
    private final TextArea goalNl = new TextArea();
    private final TextArea bringNl = new TextArea();
    private final TextArea noteNl = new TextArea();
    private final TextArea questionsNl = new TextArea();
    private final Checkbox shared = new Checkbox();
    private final Checkbox durationConfirmed = new Checkbox();
    private final TextField titleEn = new TextField();
    private final TextArea goalEn = new TextArea();
    private final TextArea bringEn = new TextArea();
    private final TextArea noteEn = new TextArea();
    private final TextArea stepsEn = new TextArea();
    private final TextArea questionsEn = new TextArea();
    private final Div stepRows = new Div();
    private final List<StepRow> steps = new ArrayList<>();
    private final Span stepsError = new Span();
    private final Span formError = new Span();
    private final Details english = new Details();
    private final FieldErrors errors = new FieldErrors(this);

    private MaterialEditor(String titleKey, MaterialDraft start, boolean isShared, Save save, LongConsumer saved) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(52rem, 98vw)");
        label(titleNl, "material.field.title", "titleNl", MaterialDraft.MAX_TITLE);
        forType.setLabel(getTranslation("material.field.for"));
        forType.setItems(MaterialFor.values());
        forType.setItemLabelGenerator(t -> MaterialTexts.forType(this, t));
        forType.setId("field-forType");
        label(tags, "material.field.tags", "tags", MaterialDraft.MAX_TAGS);
        tags.setHelperText(getTranslation("material.field.tags.help"));
        minutes.setLabel(getTranslation("material.field.minutes"));
        minutes.setId("field-minutes");
        minutes.setStepButtonsVisible(true);
        label(goalNl, "material.field.goal", "goalNl", MaterialDraft.MAX_GOAL);
        label(bringNl, "material.field.bring", "bringNl", MaterialDraft.MAX_BRING);
        label(noteNl, "material.field.note", "noteNl", MaterialDraft.MAX_NOTE);
        label(questionsNl, "material.field.questions", "questions", 4000);
        questionsNl.setHelperText(getTranslation("material.field.lines"));
        shared.setLabel(getTranslation("material.field.shared"));
        shared.setId("field-shared");
        durationConfirmed.setLabel(getTranslation("material.field.duration-ok"));
        durationConfirmed.setId("field-duration-ok");
        durationConfirmed.setVisible(false);
        label(titleEn, "material.field.title", "titleEn", MaterialDraft.MAX_TITLE);
        label(goalEn, "material.field.goal", "goalEn", MaterialDraft.MAX_GOAL);
        label(bringEn, "material.field.bring", "bringEn", MaterialDraft.MAX_BRING);
        label(noteEn, "material.field.note", "noteEn", MaterialDraft.MAX_NOTE);
        label(stepsEn, "material.field.steps-en", "stepsEn", 8000);
        stepsEn.setHelperText(getTranslation("material.field.lines"));
        label(questionsEn, "material.field.questions", "questionsEn", 4000);
        questionsEn.setHelperText(getTranslation("material.field.lines"));
        errors.bind("titleNl", titleNl)
                .bind("forType", forType)
                .bind("tags", tags)
                .bind("minutes", minutes)
                .bind("goalNl", goalNl)
                .bind("bringNl", bringNl)
                .bind("noteNl", noteNl)
                .bind("questions", questionsNl)
                .bind("titleEn", titleEn)
                .bind("goalEn", goalEn)
                .bind("bringEn", bringEn)
                .bind("noteEn", noteEn)
                .bind("stepsEn", stepsEn)
                .bind("questionsEn", questionsEn);

        stepRows.addClassName("rows");
        stepsError.addClassName("field-error");
        stepsError.setId("steps-error");
        Button addStep = new Button(
                getTranslation("material.field.add-step"), new Icon(VaadinIcon.PLUS), click -> addStep(null, null));
        addStep.setId("add-material-step");
        Span stepsLabel = new Span(getTranslation("material.steps"));
        stepsLabel.addClassName("row-title");

        HorizontalLayout kind = new HorizontalLayout(forType, minutes);
        kind.addClassName("wrap");
        VerticalLayout dutch = new VerticalLayout(
                titleNl,
                kind,
                tags,
                goalNl,
                bringNl,
                stepsLabel,
                stepsError,
                stepRows,
                addStep,
                questionsNl,
                noteNl,
                shared,
                durationConfirmed);
        dutch.setPadding(false);
        VerticalLayout englishFields = new VerticalLayout(titleEn, goalEn, bringEn, stepsEn, questionsEn, noteEn);
        englishFields.setPadding(false);
        english.setSummaryText(getTranslation("material.field.english"));
        english.add(englishFields);
        english.setId("english-version");
        formError.addClassName("field-error");
        formError.setId("editor-error");
        formError.setVisible(false);
        add(formError, dutch, english);

        fill(start, isShared);
        Button saveButton = new Button(getTranslation("material.save"), click -> {
            stepsError.setText("");
            formError.setVisible(false);
            try {
                MaterialDraft draft = draft();
                long id = save.save(draft, shared.getValue(), durationConfirmed.getValue());
                close();
                saved.accept(id);
            } catch (InvalidInputException refusal) {
                // Problems with the steps stand above the steps; the others next to their field.
                List<InvalidInput> others = refusal.problems().stream()
                        .filter(p -> !p.field().equals("steps"))
                        .toList();
                errors.clear();
                if (!others.isEmpty()) {
                    errors.show(new InvalidInputException(others));
                }
                refusal.problems().stream()
                        .filter(p -> p.field().equals("steps"))
                        .map(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                        .reduce((a, b) -> a + " " + b)
                        .ifPresent(stepsError::setText);
                if (refusal.problems().stream()
                        .anyMatch(p -> p.messageKey().equals("error.material-duration-mismatch"))) {
                    durationConfirmed.setVisible(true);
                }
                showAtTop(refusal);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        saveButton.setId("save-material");
        DialogButtons.cancelAnd(this, saveButton);
    }

    /**
     * What is wrong, said above the form as well: the dialog is long and a field may be folded away.
     * A problem in the English version unfolds it.
     */
    private void showAtTop(InvalidInputException refusal) {
        if (refusal.problems().stream().anyMatch(p -> p.field().endsWith("En"))) {
            english.setOpened(true);
        }
        formError.setText(getTranslation("material.error-summary") + " "
                + refusal.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                        .distinct()
                        .collect(Collectors.joining(" ")));
        formError.setVisible(true);
        formError.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    static MaterialEditor create(MaterialLibrary library, LongConsumer saved) {
        MaterialDraft empty = new MaterialDraft(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new MaterialDraft.Step(null, null, null)),
                List.of());
        return new MaterialEditor("material.new", empty, false, library::create, saved);
    }

    /** The next version of a piece, starting from the current one. */
    static MaterialEditor edit(MaterialLibrary library, MaterialPiece piece, LongConsumer saved) {
        return new MaterialEditor(
                "material.edit",
                piece.draft(),
                piece.shared(),
                (draft, shared, confirmed) -> {
                    library.edit(piece.id(), draft, shared, confirmed);
                    return piece.id();
                },
                saved);
    }

    // A little room over the limit, so that a too-long text gets a clear message, not a silent cut.
    private void label(TextField field, String key, String id, int max) {
        field.setLabel(getTranslation(key));
        field.setId("field-" + id);
        field.setMaxLength(max + 20);
        field.setWidthFull();
    }

    private void label(TextArea field, String key, String id, int max) {
        field.setLabel(getTranslation(key));
        field.setId("field-" + id);
        field.setMaxLength(max + 20);
        field.setWidthFull();
    }

    private void fill(MaterialDraft d, boolean isShared) {
        titleNl.setValue(orEmpty(d.titleNl()));
        forType.setValue(d.forType());
        tags.setValue(orEmpty(d.tags()));
        minutes.setValue(d.minutes());
        goalNl.setValue(orEmpty(d.goalNl()));
        bringNl.setValue(orEmpty(d.bringNl()));
        noteNl.setValue(orEmpty(d.noteNl()));
        questionsNl.setValue(String.join(
                "\n", d.questions().stream().map(q -> orEmpty(q.nl())).toList()));
        shared.setValue(isShared);
        titleEn.setValue(orEmpty(d.titleEn()));
        goalEn.setValue(orEmpty(d.goalEn()));
        bringEn.setValue(orEmpty(d.bringEn()));
        noteEn.setValue(orEmpty(d.noteEn()));
        if (d.steps().stream().anyMatch(s -> s.en() != null)) {
            stepsEn.setValue(String.join(
                    "\n", d.steps().stream().map(s -> orEmpty(s.en())).toList()));
        }
        if (d.questions().stream().anyMatch(q -> q.en() != null)) {
            questionsEn.setValue(String.join(
                    "\n", d.questions().stream().map(q -> orEmpty(q.en())).toList()));
        }
        d.steps().forEach(step -> addStep(step.minutes(), step.nl()));
    }

    private void addStep(@Nullable Integer stepMinutes, @Nullable String text) {
        StepRow row = new StepRow(stepMinutes, text);
        steps.add(row);
        stepRows.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).number(i + 1);
        }
    }

    /** What was typed, as a draft; English lines are matched to the steps and questions by order. */
    private MaterialDraft draft() {
        List<String> questionLines = lines(questionsNl.getValue());
        List<String> questionEnLines = lines(questionsEn.getValue());
        List<String> stepEnLines = lines(stepsEn.getValue());
        List<InvalidInput> problems = new ArrayList<>();
        if (!stepEnLines.isEmpty() && stepEnLines.size() != steps.size()) {
            problems.add(InvalidInput.of("stepsEn", "error.material-english-lines", steps.size(), stepEnLines.size()));
        }
        if (!questionEnLines.isEmpty() && questionEnLines.size() != questionLines.size()) {
            problems.add(InvalidInput.of(
                    "questionsEn", "error.material-english-lines", questionLines.size(), questionEnLines.size()));
        }
        InvalidInputException.throwIfAny(problems);
        List<MaterialDraft.Step> draftSteps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            draftSteps.add(new MaterialDraft.Step(
                    steps.get(i).minutes.getValue(),
                    steps.get(i).text.getValue(),
                    stepEnLines.isEmpty() ? null : stepEnLines.get(i)));
        }
        List<MaterialDraft.Question> questions = new ArrayList<>();
        for (int i = 0; i < questionLines.size(); i++) {
            questions.add(new MaterialDraft.Question(
                    questionLines.get(i), questionEnLines.isEmpty() ? null : questionEnLines.get(i)));
        }
        return new MaterialDraft(
                titleNl.getValue(),
                titleEn.getValue(),
                forType.getValue(),
                tags.getValue(),
                goalNl.getValue(),
                goalEn.getValue(),
                bringNl.getValue(),
                bringEn.getValue(),
                noteNl.getValue(),
                noteEn.getValue(),
                minutes.getValue(),
                draftSteps,
                questions);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** One step being written: minutes and what to do; it can be taken out again. */
    private final class StepRow extends HorizontalLayout {

        private final IntegerField minutes = new IntegerField();
        private final TextArea text = new TextArea();

        StepRow(@Nullable Integer stepMinutes, @Nullable String stepText) {
            minutes.setValue(stepMinutes);
            minutes.setWidth("8rem");
            minutes.setStepButtonsVisible(true);
            text.setValue(orEmpty(stepText));
            text.setMaxLength(MaterialDraft.MAX_STEP + 20);
            text.setWidthFull();
            Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> {
                steps.remove(this);
                stepRows.remove(this);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("material.field.remove-step"));
            add(minutes, text, remove);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        void number(int n) {
            minutes.setLabel(getTranslation("material.field.step-minutes", n));
            text.setLabel(getTranslation("material.field.step-text", n));
            minutes.setId("step-minutes-" + n);
            text.setId("step-text-" + n);
        }
    }
}
