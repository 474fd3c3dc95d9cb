package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.ui.GroupScreenSection;
import org.springframework.core.annotation.Order;

/**
 * On the group screen once the session is closed: one QR code for everyone. It leads to the passbook
 * page where each types the code of her own card, so it opens nobody's passbook by itself.
 */
@SpringComponent
@Order(20)
class ReceiptOnTheGroupScreen implements GroupScreenSection {

    /**
     * The QR code's image per link (one or a few: the page as each host name reaches it), drawn once:
     * every group screen of a closed session shows it again after each change (issue 22).
     */
    private final Map<String, String> images = new ConcurrentHashMap<>();

    /** The link comes from the request's host: a few are kept, never an unbounded number. */
    private String image(String page) {
        String known = images.get(page);
        if (known != null) {
            return known;
        }
        String drawn = QrCodes.dataUrl(page, 300);
        if (images.size() < 8) {
            images.put(page, drawn);
        }
        return drawn;
    }

    @Override
    public Optional<Component> whenIdle(MeetingState state) {
        if (state.status() != SessionStatus.CLOSED) {
            return Optional.empty();
        }
        Div receipt = new Div();
        Image qr = new Image(
                images.computeIfAbsent(PassbookLinks.page(), page -> QrCodes.dataUrl(page, 300)),
                receipt.getTranslation("receipt.screen.qr-alt"));
        qr.setId("receipt-qr");
        Span text = new Span(receipt.getTranslation("receipt.screen.text"));
        receipt.add(qr, text);
        receipt.addClassName("presentation-receipt");
        receipt.setId("presentation-receipt");
        return Optional.of(receipt);
    }
}
