package nl.kringwerk.security.ui;

import com.lowagie.text.PageSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.security.IssuedStartCode;

/**
 * The start code, shown once, large, with a small card to print ("Zo log je in bij Kringwerk").
 * After this dialog closes nobody can see the code again: only its hash is kept.
 */
class StartCodeDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    StartCodeDialog(IssuedStartCode issued) {
        setHeaderTitle(getTranslation("start-code.dialog.title", issued.displayName()));
        String until = WHEN.format(issued.validUntil().atZone(ZoneId.of("Europe/Amsterdam")));
        String address = address();
        Span code = new Span(issued.code());
        code.addClassName("start-code");
        code.setId("start-code");
        Span username = new Span(issued.username());
        username.addClassName("code");
        username.setId("start-code-username");
        Div body = new Div(
                new Div(new Span(getTranslation("start-code.dialog.username") + " "), username),
                code,
                new Div(new Span(getTranslation("start-code.dialog.valid-until", until))),
                new Div(new Span(getTranslation("start-code.dialog.shown-once"))));
        body.addClassName("start-code-box");
        add(body);
        var card = Downloads.pdf(
                getTranslation("start-code.card.print"),
                "kringwerk-startcode-" + issued.username() + ".pdf",
                () -> card(issued, until, address),
                "print-card");
        Button done = new Button(getTranslation("start-code.dialog.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.setId("start-code-done");
        getFooter().add(card, done);
    }

    private byte[] card(IssuedStartCode issued, String until, String address) {
        return PdfSheet.pdf(PageSize.A6, getLocale(), sheet -> write(sheet, issued, until, address));
    }

    private void write(PdfSheet sheet, IssuedStartCode issued, String until, String address) {
        sheet.paragraph(getTranslation("start-code.card.title"), PdfSheet.TITLE);
        sheet.space();
        sheet.paragraph(getTranslation("start-code.card.step1", address + "/startcode"), PdfSheet.BODY);
        sheet.paragraph(getTranslation("start-code.card.step2"), PdfSheet.BODY);
        sheet.paragraph(issued.code(), PdfSheet.BIG);
        sheet.paragraph(getTranslation("start-code.card.step3"), PdfSheet.BODY);
        sheet.paragraph(getTranslation("start-code.card.step4"), PdfSheet.BODY);
        sheet.paragraph(issued.username(), PdfSheet.BIG);
        sheet.space();
        sheet.paragraph(getTranslation("start-code.card.valid-until", until), PdfSheet.SMALL);
    }

    private static String address() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        String url = http.getRequestURL().toString();
        String path = http.getRequestURI();
        return url.substring(0, url.length() - path.length()) + http.getContextPath();
    }
}
