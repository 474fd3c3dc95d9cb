package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a PDF made when it is clicked. */
public final class Downloads {

    private Downloads() {}

    public static Anchor pdf(String label, String fileName, Supplier<byte[]> pdf, String id) {
        return file(label, fileName, "application/pdf", pdf, id, VaadinIcon.PRINT);
    }

    /** A file made when the link is clicked (a calendar, a form), under the user's own access rights. */
    public static Anchor file(
            String label, String fileName, String mimeType, Supplier<byte[]> content, String id, VaadinIcon icon) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        anchor.addComponentAsFirst(new Icon(icon));
        anchor.addClassName("print-link");
        anchor.setId(id);
        return anchor;
    }
}
