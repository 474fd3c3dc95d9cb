package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.loans.service.ShareOutView;
import nl.kringwerk.savings.domain.JournalEntry;

/**
 * The start of the share-out: the pots as they would be now, the box counted, the decision about
 * the social fund. "Uitbetaling vastleggen" fixes it; from then on the cycle only pays out.
 */
class ShareOutFixDialog extends Dialog {

    ShareOutFixDialog(ShareOutService shareOut, long sessionId, Runnable onFixed) {
        ShareOutView view = shareOut.view(sessionId);
        setHeaderTitle(getTranslation("shareout.title"));
        Paragraph intro = new Paragraph(getTranslation("shareout.intro"));
        Span rule = new Span(getTranslation("shareout.rule." + view.basis().name()));
        rule.addClassName("hint");
        TextField counted = new TextField(getTranslation("shareout.counted"));
        counted.setPrefixComponent(new Span("€"));
        counted.setHelperText(getTranslation("shareout.expected", view.box().format()));
        counted.setId("share-out-counted");
        counted.setWidth("min(26rem, 100%)");
        RadioButtonGroup<SocialFundDecision> fund = new RadioButtonGroup<>();
        fund.setLabel(getTranslation("shareout.fund", view.socialFund().format()));
        fund.setItems(SocialFundDecision.CARRY_OVER, SocialFundDecision.SPENT);
        fund.setItemLabelGenerator(d -> getTranslation("fund-decision." + d.name()));
        fund.setValue(SocialFundDecision.CARRY_OVER);
        fund.setId("share-out-fund");
        TextArea note = new TextArea(getTranslation("shareout.fund-note"));
        note.setMaxLength(JournalEntry.MAX_REASON + 20);
        note.setVisible(false);
        note.setWidthFull();
        note.setId("share-out-fund-note");
        fund.addValueChangeListener(e -> note.setVisible(e.getValue() == SocialFundDecision.SPENT));
        boolean hasFund = !view.socialFund().isZero();
        fund.setVisible(hasFund);
        VerticalLayout content = new VerticalLayout(intro, PotsTable.preview(this, view), rule, counted, fund, note);
        content.setPadding(false);
        add(content);
        FieldErrors errors = new FieldErrors(this)
                .bind("counted", counted)
                .bind("fundDecision", fund)
                .bind("fundNote", note);
        Button fix = new Button(getTranslation("shareout.fix"), click -> {
            if (errors.attempt(() ->
                    shareOut.fix(sessionId, counted.getValue(), hasFund ? fund.getValue() : null, note.getValue()))) {
                close();
                onFixed.run();
            }
        });
        fix.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        fix.setId("fix-share-out");
        DialogButtons.cancelAnd(this, fix);
        setWidth("min(56rem, 98vw)");
    }
}
