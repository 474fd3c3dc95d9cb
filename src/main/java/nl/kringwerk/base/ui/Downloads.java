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

    private Downloads() {
    }

    public static Anchor pdf(String label, String fileName, Supplier<byte[]> pdf, String id) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        anchor.addComponentAsFirst(new Icon(VaadinIcon.PRINT));
        anchor.addClassName("print-link");
        anchor.setId(id);
        return anchor;
    }
}
