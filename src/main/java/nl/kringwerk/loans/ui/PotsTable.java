package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutView;
import org.jspecify.annotations.Nullable;

/** Every member's pot in a row: saved, share of the earnings, loan settled, and what she gets, large. */
final class PotsTable {

    private PotsTable() {}

    static Div preview(Component owner, ShareOutView view) {
        return of(owner, view, pot -> null);
    }

    /** @param action what to put at the end of a row (a pay button, a paid mark); null for nothing */
    static Div of(Component owner, ShareOutView view, Function<Pot, @Nullable Component> action) {
        Div rows = new Div();
        rows.addClassNames("rows", "pots");
        for (Pot pot : view.pots()) {
            Span name = new Span(pot.name());
            name.addClassName("row-title");
            Span sub = new Span(owner.getTranslation("shareout.col.savings") + " "
                    + pot.savings().format() + " · "
                    + owner.getTranslation("shareout.col.share") + " "
                    + pot.share().format()
                    + (pot.loanSettled().isZero()
                            ? ""
                            : " · " + owner.getTranslation("shareout.col.loan") + " −"
                                    + pot.loanSettled().format()));
            sub.addClassName("row-sub");
            Div text = new Div(name, sub);
            text.addClassName("row-text");
            Span payout = new Span(
                    pot.payout().isNegative()
                            ? pot.payout().negate().format() + " " + owner.getTranslation("shareout.pays-in")
                            : pot.payout().format());
            payout.addClassNames("row-amount", "pot-payout");
            Div row = new Div(text, payout);
            row.addClassName("member-row");
            row.setId("pot-" + pot.memberId());
            Component end = action.apply(pot);
            if (end != null) {
                row.add(end);
            }
            rows.add(row);
        }
        Span totals = new Span(owner.getTranslation(
                "shareout.totals",
                view.box().format(),
                view.surplus().format(),
                view.totalPayout().format(),
                view.socialFund().format()));
        totals.addClassName("hint");
        totals.setId("share-out-totals");
        rows.add(totals);
        return rows;
    }
}
