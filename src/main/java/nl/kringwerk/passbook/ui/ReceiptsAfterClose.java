package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.Optional;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.passbook.service.Receipts;
import nl.kringwerk.savings.ui.MeetingContext;
import nl.kringwerk.savings.ui.MeetingSection;
import org.springframework.core.annotation.Order;

/** In meeting mode once the session is closed: the A4 of receipts to cut, one per member who was there. */
@SpringComponent
@Order(90)
class ReceiptsAfterClose implements MeetingSection {

    private final Receipts receipts;

    ReceiptsAfterClose(Receipts receipts) {
        this.receipts = receipts;
    }

    @Override
    public Optional<Component> create(MeetingContext meeting) {
        return Optional.empty();
    }

    @Override
    public Optional<Component> afterClose(MeetingContext meeting) {
        Div section = new Div();
        section.addClassName("section");
        section.setId("receipts");
        long sessionId = meeting.sessionId();
        Locale locale = UI.getCurrent().getLocale();
        section.add(
                new H2(section.getTranslation("receipt.section.title")),
                new Paragraph(section.getTranslation("receipt.section.intro")),
                Downloads.pdf(
                        section.getTranslation("receipt.section.print"),
                        "bonnetjes-" + meeting.state().date() + ".pdf",
                        () -> SlipsPdf.slips(
                                receipts.slips(sessionId),
                                PassbookLinks.page(),
                                locale,
                                (key, args) -> section.getTranslation(key, args)),
                        "print-slips"));
        return Optional.of(section);
    }
}
