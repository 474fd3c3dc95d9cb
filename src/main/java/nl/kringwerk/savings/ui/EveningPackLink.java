package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.savings.service.EveningPaper;
import nl.kringwerk.savings.service.EveningPapers;

/**
 * "Papieren pakket voor ..." on the group page and in meeting mode: one tap makes the evening's pack
 * (issue 19). The pack is read when the link is tapped, through the group's gate, with what the
 * books say at that moment; it is the pack of the session whose date the link names.
 */
final class EveningPackLink {

    static final String ID = "print-evening-pack";

    private EveningPackLink() {}

    static Anchor of(
            Component host,
            Locale locale,
            EveningPapers papers,
            List<PaperPackPart> parts,
            long sessionId,
            LocalDate date) {
        Anchor link = Downloads.pdf(
                host.getTranslation("pack.link", Dates.format(date, locale)),
                "papieren-pakket-" + date + ".pdf",
                () -> {
                    EveningPaper evening = papers.evening(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
                    PaperForms forms = new PaperForms(
                            (key, args) -> host.getTranslation(locale, key, args),
                            locale,
                            evening.meeting().languages());
                    return forms.eveningPack(evening, parts);
                },
                ID);
        link.getElement().setAttribute("title", host.getTranslation("pack.help"));
        return link;
    }
}
