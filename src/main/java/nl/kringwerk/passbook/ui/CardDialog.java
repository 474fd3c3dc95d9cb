package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.passbook.service.MemberCodes;

/**
 * Makes (or renews) her passbook card at the table: she may type a PIN of her own, she chooses the
 * language and whether messages may show amounts. The code is shown once, with its QR code and the
 * card to print; the old card stops working at once.
 */
class CardDialog extends Dialog {

    CardDialog(MemberCodes codes, long groupId, MemberCodes.CodeRow member, Runnable changed) {
        setHeaderTitle(getTranslation(
                member.cardSince() == null ? "passbook.card.make-for" : "passbook.card.renew-for", member.name()));
        setWidth("min(32rem, 98vw)");
        if (member.cardSince() != null) {
            Paragraph warning = new Paragraph(getTranslation("passbook.card.old-stops"));
            warning.addClassName("warning");
            add(warning);
        }
        PasswordField pin = new PasswordField(getTranslation("passbook.card.pin-field"));
        pin.setId("card-pin");
        pin.setHelperText(getTranslation("passbook.card.pin-help"));
        pin.setAllowedCharPattern("[0-9]");
        pin.setMaxLength(4);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("passbook.card.language"));
        language.setItems(MemberCodes.LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("passbook.language." + l));
        language.setValue(member.language());
        language.setId("card-language");
        Checkbox amounts = new Checkbox(getTranslation("passbook.card.amounts"));
        amounts.setValue(member.amountsInMessages());
        amounts.setId("card-amounts");
        Paragraph discreet = new Paragraph(getTranslation("passbook.card.amounts-help"));
        discreet.addClassName("help");
        add(pin, language, amounts, discreet);
        FieldErrors errors = new FieldErrors(this).bind("pin", pin);
        Button make = new Button(getTranslation("passbook.card.make"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setId("make-card");
        make.addClickListener(click -> {
            MemberCodes.IssuedCode[] issued = new MemberCodes.IssuedCode[1];
            if (errors.attempt(() -> {
                codes.choose(groupId, member.memberId(), language.getValue(), amounts.getValue());
                issued[0] = codes.issue(groupId, member.memberId(), pin.getValue());
            })) {
                changed.run();
                showCard(issued[0]);
            }
        });
        DialogButtons.cancelAnd(this, make);
    }

    private void showCard(MemberCodes.IssuedCode issued) {
        removeAll();
        getFooter().removeAll();
        Span code = new Span(issued.code());
        code.addClassName("card-code");
        code.setId("card-code");
        Image qr = new Image(
                QrCodes.dataUrl(PassbookLinks.withCode(issued.code()), 240), getTranslation("passbook.card.qr-alt"));
        qr.addClassName("card-qr");
        qr.setId("card-qr");
        Paragraph how = new Paragraph(getTranslation("passbook.card.how", PassbookLinks.page()));
        Paragraph once = new Paragraph(getTranslation("passbook.card.once"));
        once.addClassName("help");
        Div print = new Div(Downloads.pdf(
                getTranslation("passbook.card.print"),
                "boekje-kaart.pdf",
                () -> CardPdf.card(issued, PassbookLinks.page(), (key, args) -> getTranslation(key, args)),
                "print-card"));
        add(qr, code, how, print, once);
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.setId("card-done");
        getFooter().add(done);
    }
}
