package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.loans.service.ShareOutView;
import nl.kringwerk.savings.ui.CorrectionDialog;
import nl.kringwerk.savings.ui.CountingDialog;
import nl.kringwerk.savings.ui.MeetingContext;

/**
 * The payout at the last session: "personal pots are opened" one by one, each with the counting
 * ritual. A loan still open is settled against the pot; the statement can be printed to sign.
 */
class ShareOutPanel extends VerticalLayout {

    ShareOutPanel(ShareOutService shareOut, MeetingContext meeting) {
        setPadding(false);
        addClassName("section");
        setId("share-out");
        ShareOutView view = shareOut.view(meeting.sessionId());
        add(new H2(getTranslation("shareout.title")));
        Span fixed = new Span(getTranslation(view.allPaid() ? "shareout.close-session-first" : "shareout.fixed"));
        fixed.addClassName("notice");
        fixed.setId("share-out-state");
        Locale locale = getLocale();
        ShareOutForms forms = new ShareOutForms(
                (key, args) -> getTranslation(locale, key, args),
                locale,
                meeting.state().languages());
        add(
                fixed,
                PotsTable.of(
                        this,
                        view,
                        pot -> pot.paid()
                                ? paid(shareOut, meeting, forms, view, pot)
                                : payButton(shareOut, meeting, pot)),
                Downloads.pdf(
                        getTranslation("shareout.print.summary"),
                        "uitbetaling-spaarronde-" + view.cycleNumber() + ".pdf",
                        () -> forms.summary(view),
                        "print-share-out"));
    }

    private Button payButton(ShareOutService shareOut, MeetingContext meeting, Pot pot) {
        String label = pot.payout().isNegative() ? "show.pays-in" : "show.payout";
        Button pay = new Button(
                getTranslation("shareout.pay"),
                new Icon(VaadinIcon.GIFT),
                click -> new CountingDialog(
                                meeting,
                                pot.memberId(),
                                pot.name(),
                                label,
                                pot.payout().abs(),
                                (amount, countedBy) -> shareOut.checkPay(meeting.sessionId(), pot.memberId()),
                                (amount, countedBy, key) -> shareOut.pay(meeting.sessionId(), pot.memberId(), key))
                        .open());
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pay.setId("pay-" + pot.memberId());
        return pay;
    }

    private Div paid(
            ShareOutService shareOut, MeetingContext meeting, ShareOutForms forms, ShareOutView view, Pot pot) {
        Span mark = new Span(getTranslation("shareout.paid"));
        mark.getElement().getThemeList().add("badge success pill");
        Button undo = new Button(
                getTranslation("shareout.undo"),
                new Icon(VaadinIcon.ARROW_BACKWARD),
                click -> new CorrectionDialog(
                                meeting,
                                getTranslation("shareout.undo.title", pot.name()),
                                getTranslation("shareout.undo.text"),
                                getTranslation("shareout.undo"),
                                "undo",
                                (reason, key) -> shareOut.undoPay(meeting.sessionId(), pot.memberId(), reason, key))
                        .open());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo.setId("undo-" + pot.memberId());
        undo.setVisible(view.sessionOpen());
        Div end = new Div(
                mark,
                Downloads.pdf(
                        getTranslation("shareout.print.statement"),
                        "uitbetaling-" + pot.memberId() + ".pdf",
                        () -> forms.statement(view, pot),
                        "statement-" + pot.memberId()),
                undo);
        end.addClassName("pot-paid");
        return end;
    }
}
