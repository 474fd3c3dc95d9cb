package nl.kringwerk.passbook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.PdfText;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.passbook.service.MemberCodes;
import nl.kringwerk.passbook.service.PassbookWorld;
import nl.kringwerk.passbook.service.Receipts;
import nl.kringwerk.passbook.service.Slip;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After the session closes: the slips, the group screen's QR code, her receipt and a discreet message. */
class ReceiptsTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    Receipts receipts;

    @Autowired
    MemberCodes codes;

    @Autowired
    JournalEntryRepository journal;

    PassbookWorld w;

    @BeforeEach
    void twoGroupsWithMoney() {
        w = new PassbookWorld(testWorld, savings, groups, this::login);
    }

    @Test
    void theSlipsOfAClosedSessionAgreeWithTheLedgerAndPrintOnOneA4() throws Exception {
        login(w.world.coordinatorA());
        assertThatThrownBy(() -> receipts.slips(w.a.sessionId)).isInstanceOf(InvalidInputException.class);
        savings.sessions().closeSession(w.a.sessionId, "55,00");

        List<Slip> slips = receipts.slips(w.a.sessionId);
        assertThat(slips).hasSize(8);
        Ledger ledger = Ledger.of(journal.findByCycleIdOrderById(w.a.cycleId));
        for (Slip slip : slips) {
            long member = w.a.member(slip.memberName());
            assertThat(slip.total()).isEqualTo(ledger.savingsOf(member));
            assertThat(slip.savedToday()).isEqualTo(ledger.savingsOf(member)); // the cycle's first session
            assertThat(slip.loanOwed()).isEqualTo(Money.ZERO);
            assertThat(slip.nextSession()).isEqualTo(slip.date().plusWeeks(1));
        }
        assertThat(slips)
                .filteredOn(s -> s.memberName().equals("Fatma"))
                .singleElement()
                .satisfies(s -> assertThat(s.savedToday()).isEqualTo(Money.euros(35)));

        String pdf = PdfText.of(SlipsPdf.slips(slips, "http://localhost/boekje", new Locale("nl"), (k, a) -> k));
        assertThat(pdf).contains("Samira", "Fatma", "€ 35,00", "€ 20,00").doesNotContain(PassbookWorld.B_MEMBER);

        // Meeting mode after the close offers the A4.
        navigate("bijeenkomst/" + w.a.sessionId);
        assertThat(_get(Anchor.class, spec -> spec.withId("print-slips")).getText())
                .contains("Bonnetjes afdrukken");

        // The group screen after the close: one QR code for everyone, to the page where she types her code.
        navigate("bijeenkomst/" + w.a.sessionId + "/scherm");
        String qr = _get(Image.class, spec -> spec.withId("receipt-qr")).getSrc();
        String link = decode(qr);
        assertThat(link).endsWith("/boekje").doesNotContain("#");
    }

    @Test
    void herReceiptOnHerPassbookAndAWhatsAppTextWithoutAmountsUnlessSheChoseThem() {
        login(w.world.coordinatorA());
        savings.sessions().closeSession(w.a.sessionId, "55,00");
        String samira = codes.issue(w.world.groupA(), w.samira, null).code();
        codes.choose(w.world.groupA(), w.fatma, "nl", true);
        String fatma = codes.issue(w.world.groupA(), w.fatma, null).code();
        logout();

        navigate("boekje");
        type("passbook-code", samira);
        click("open-passbook");
        assertThat(Screen.allText("passbook-receipt")).contains("Vandaag gespaard", "€ 20,00");
        String discreet = whatsAppText();
        assertThat(discreet)
                .startsWith("Je bonnetje van ")
                .contains("staat klaar")
                .endsWith("/boekje");
        assertThat(discreet).doesNotContain("€", "20", "Samira");

        click("close-passbook");
        type("passbook-code", fatma);
        click("open-passbook");
        assertThat(whatsAppText()).contains("vandaag gespaard € 35,00, totaal € 35,00");
        assertThat(text("passbook-title")).isEqualTo("Het boekje van Fatma");
    }

    private static String whatsAppText() {
        String href = _get(Anchor.class, spec -> spec.withId("share-whatsapp")).getHref();
        assertThat(href).startsWith("https://wa.me/?text=");
        return URLDecoder.decode(href.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8);
    }

    private static String decode(String dataUrl) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }
}
