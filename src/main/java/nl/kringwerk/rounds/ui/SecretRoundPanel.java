package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.service.RoundResult;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;
import org.jspecify.annotations.Nullable;

/**
 * The round as the tablet shows it while it goes round. Two screens take turns: the names of those
 * still to tap ("Tik op je naam", with "7 van 8 klaar" and the chair's button to end), and her
 * question with large pictograms, where her name is not shown. Her tap goes to the service and the
 * screen clears back to the names. Once the round has ended it shows the totals only.
 */
class SecretRoundPanel extends VerticalLayout {

    private final SecretRoundService rounds;
    private final long roundId;
    private final Runnable ended;
    private RoundView view;
    private @Nullable Long tapping;
    private int[] answers = new int[0];
    private int question;

    /** @param ended told once the round has ended (the rest of the screen may change with it) */
    SecretRoundPanel(SecretRoundService rounds, long roundId, Runnable ended) {
        this.rounds = rounds;
        this.roundId = roundId;
        this.ended = ended;
        setPadding(false);
        addClassName("secret-round");
        setId("secret-round");
        view = rounds.round(roundId);
        render(false);
    }

    private void render(boolean thanks) {
        removeAll();
        if (!view.isOpen()) {
            add(new RoundTotals(rounds.result(roundId), view));
        } else if (tapping == null) {
            names(thanks);
        } else {
            choice();
        }
    }

    /** Who is still to tap; the chair's progress and her button to end. */
    private void names(boolean thanks) {
        ScreenLanguages languages = view.languages();
        if (thanks) {
            Div done = MemberWords.sideBySide(languages, "screen.round.thanks", "round-thanks");
            done.setId("round-thanks");
            add(done);
        }
        add(MemberWords.sideBySide(languages, "screen.round.pass", "round-big"));
        Div progress =
                MemberWords.sideBySide(languages, "screen.round.done", "round-progress", view.done(), view.present());
        progress.setId("round-progress");
        Div names = new Div();
        names.addClassName("round-names");
        for (RoundView.Waiting w : view.waiting()) {
            Button name = new Button(MemberWords.name(w.name()), click -> start(w.memberId()));
            name.addThemeVariants(ButtonVariant.LUMO_LARGE);
            name.addClassName("round-name");
            name.setId("round-name-" + w.memberId());
            names.add(name);
        }
        add(progress, names);
        if (view.interrupted()) {
            Paragraph lost = new Paragraph(getTranslation("error.round-lost"));
            lost.addClassName("warning");
            add(lost);
        }
        Button end = new Button(getTranslation("round.end"), new Icon(VaadinIcon.STOP), click -> end());
        end.addThemeVariants(ButtonVariant.LUMO_LARGE);
        end.setId("round-end");
        Span chair = new Span(getTranslation("round.end-hint"));
        chair.addClassName("hint");
        Div chairs = new Div(end, chair);
        chairs.addClassName("round-chair");
        add(chairs);
    }

    private void start(long memberId) {
        tapping = memberId;
        question = 0;
        answers = new int[view.purpose().questions()];
        Arrays.fill(answers, -1);
        render(false);
    }

    /** Her question, without her name: the statement and a large button per answer. */
    private void choice() {
        ScreenLanguages languages = view.languages();
        Div ask = new Div();
        ask.addClassName("round-question");
        switch (view.purpose()) {
            case LOAN_BALLOT ->
                ask.add(MemberWords.sideBySide(
                        languages,
                        "screen.round.ballot",
                        "round-big",
                        view.loanMember(),
                        view.loanAmount() == null ? "" : view.loanAmount().format(),
                        view.loanWeeks()));
            case OUTCOME -> {
                Span step = new Span((question + 1) + " / " + view.purpose().questions());
                step.addClassName("hint");
                ask.add(step, RoundPictures.statement(question));
                ask.add(RoundPictures.statementText(view, question, "round-big"));
            }
            case CLOSING -> ask.add(MemberWords.sideBySide(languages, "screen.round.closing", "round-big"));
        }
        ask.setId("round-question");
        Div choices = new Div();
        choices.addClassName("round-choices");
        choices.addClassName("round-scale-" + view.scale());
        for (int a = 0; a < view.scale(); a++) {
            int answer = a;
            Div label = new Div(RoundPictures.answer(view.purpose(), view.scale(), a));
            label.add(MemberWords.sideBySide(
                    languages, RoundPictures.answerKey(view.purpose(), view.scale(), a), "round-choice-label"));
            Button choice = new Button(label, click -> answer(answer));
            choice.addClassName("round-choice");
            choice.setId("round-answer-" + a);
            choices.add(choice);
        }
        Div secret = MemberWords.sideBySide(languages, "screen.round.private", "hint");
        add(ask, choices, secret);
        Div more = new Div();
        more.addClassName("choice-buttons");
        if (view.purpose() == RoundPurpose.OUTCOME) {
            Button skip = new Button(
                    MemberWords.sideBySide(languages, "screen.round.skip", "round-skip-label"), click -> answer(-1));
            skip.addThemeVariants(ButtonVariant.LUMO_LARGE);
            skip.setId("round-skip");
            more.add(skip);
        }
        // Tapped the wrong name: back to the names, nothing counted.
        Button back = new Button(getTranslation("round.back"), new Icon(VaadinIcon.ARROW_BACKWARD), click -> {
            tapping = null;
            render(false);
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("round-back");
        more.add(back);
        add(more);
    }

    private void answer(int answer) {
        answers[question] = answer;
        if (question + 1 < answers.length) {
            question++;
            render(false);
            return;
        }
        long member = tapping;
        int[] given = answers.clone();
        // Whatever happens, her answers leave this screen now.
        tapping = null;
        answers = new int[0];
        try {
            view = rounds.tap(roundId, member, given);
        } catch (InvalidInputException e) {
            view = rounds.round(roundId);
            render(false);
            new FieldErrors(this).show(e);
            return;
        }
        render(true);
        if (!view.isOpen()) {
            ended.run();
        }
    }

    private void end() {
        try {
            rounds.end(roundId);
        } catch (InvalidInputException e) {
            new FieldErrors(this).show(e);
            return;
        }
        view = rounds.round(roundId);
        render(false);
        ended.run();
    }

    RoundResult result() {
        return rounds.result(roundId);
    }
}
