package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.domain.Tallies;
import nl.kringwerk.rounds.service.RoundResult;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;

/** The totals of an ended round: per statement, how many chose each answer, as a bar. Nothing else. */
class RoundTotals extends Div {

    RoundTotals(RoundResult result, RoundView view) {
        addClassName("round-totals");
        setId("round-totals");
        ScreenLanguages languages = view.languages();
        add(MemberWords.sideBySide(languages, "screen.round.result", "round-big"));
        if (result.status() == RoundStatus.LOST) {
            add(new Span(getTranslation("error.round-lost")));
            return;
        }
        if (result.status() == RoundStatus.SKIPPED && result.taps() > 0) {
            // With enough taps, only a refused decision ends a round without totals.
            boolean tooFewTaps = result.taps() < SecretRoundService.MIN_SHOWN;
            Span why = new Span(
                    tooFewTaps
                            ? getTranslation("round.too-few-shown", result.taps())
                            : getTranslation("round.not-decided"));
            why.setId(tooFewTaps ? "round-too-few" : "round-not-decided");
            add(why);
            return;
        }
        Tallies t = result.tallies();
        for (int q = 0; q < t.questions(); q++) {
            Div block = new Div();
            block.addClassName("round-total");
            if (result.purpose() == RoundPurpose.OUTCOME) {
                block.add(RoundPictures.statement(q));
                block.add(RoundPictures.statementText(view, q, "round-statement"));
            }
            int answered = Math.max(1, t.answered(q));
            for (int a = 0; a < t.scale(); a++) {
                Div bar = new Div();
                bar.addClassName("round-bar");
                bar.getStyle().set("width", (100 * t.count(q, a) / answered) + "%");
                Span count = new Span(String.valueOf(t.count(q, a)));
                count.addClassName("round-count");
                count.setId("round-count-" + q + "-" + a);
                Div line = new Div(
                        RoundPictures.answer(result.purpose(), result.scale(), a),
                        MemberWords.sideBySide(
                                languages,
                                RoundPictures.answerKey(result.purpose(), result.scale(), a),
                                "round-choice-label"),
                        count,
                        bar);
                line.addClassName("round-total-line");
                block.add(line);
            }
            add(block);
        }
        if (result.purpose() == RoundPurpose.LOAN_BALLOT) {
            String key = result.loanApproved() == null
                    ? "screen.round.undecided"
                    : result.loanApproved() ? "screen.round.approved" : "screen.round.declined";
            Div decision = MemberWords.sideBySide(languages, key, "round-big");
            decision.setId("round-decision");
            add(decision);
        }
    }
}
