package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.Percent;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;

/** One loan as a row: who, how much, its status in gentle words, and what is open and due. */
final class LoanRows {

    private LoanRows() {}

    static Div row(Component owner, LoanLine loan) {
        Span what = new Span(loan.memberName() + " · " + loan.principal().format());
        what.addClassName("row-title");
        Span sub = new Span(String.join(" · ", details(owner, loan)));
        sub.addClassName("row-sub");
        Div text = new Div(what, sub);
        text.addClassName("row-text");
        Div row = new Div(text, badge(owner, loan.status()));
        row.addClassNames("member-row", "loan-row");
        row.setId("loan-" + loan.loanId());
        return row;
    }

    static Span badge(Component owner, LoanStatus status) {
        Span badge = new Span(owner.getTranslation("loan-status." + status.name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case IN_ARREARS -> "badge warning pill";
                            case DECLINED -> "badge contrast pill";
                            case REPAID, SETTLED -> "badge success pill";
                            default -> "badge pill";
                        });
        badge.addClassName("loan-status");
        return badge;
    }

    private static List<String> details(Component owner, LoanLine loan) {
        List<String> parts = new ArrayList<>();
        parts.add(owner.getTranslation("loan.weeks", loan.weeks()));
        if (loan.purpose() != null) {
            parts.add(loan.purpose());
        }
        if (loan.tally() != null) {
            parts.add(owner.getTranslation(
                    "loan.tally",
                    loan.tally().inFavour(),
                    loan.tally().against(),
                    loan.tally().abstained()));
        }
        if (loan.status() == LoanStatus.APPROVED || loan.status().isOut()) {
            parts.add(owner.getTranslation(
                    "loan.terms",
                    Percent.format(loan.terms().rate().basisPointsPer4Weeks()) + "%",
                    owner.getTranslation(
                            "repayment-plan." + (loan.terms().instalments() > 1 ? "INSTALMENTS" : "AT_END"))));
        }
        if (loan.status().isOut()) {
            parts.add(owner.getTranslation("loan.owed", loan.owed().format()));
            if (loan.dueByNext().isPositive()) {
                parts.add(owner.getTranslation("loan.due-next", loan.dueByNext().format()));
            }
        }
        if (loan.status() == LoanStatus.IN_ARREARS) {
            parts.add(owner.getTranslation(
                    "loan.overdue", loan.account().overdue().format()));
        }
        return parts;
    }
}
