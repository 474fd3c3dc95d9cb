package nl.kringwerk.material.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.PdfText;
import nl.kringwerk.WorldNames;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.UsageFigures;
import nl.kringwerk.material.service.MaterialPiece;
import nl.kringwerk.material.service.StarterLibrary;
import org.junit.jupiter.api.Test;

/** The two printed handouts, each one page: the facilitator's with her note, the participants' without. */
class HandoutsTest {

    private final Translations translations = new Translations();

    @Test
    void theFacilitatorGetsEverythingAndTheParticipantsNeverTheNote() throws Exception {
        for (MaterialDraft d : StarterLibrary.pieces().values()) {
            MaterialPiece piece = piece(d);
            for (Locale locale : List.of(Translations.DUTCH, Locale.ENGLISH)) {
                Handouts handouts = new Handouts((key, args) -> translations.getTranslation(key, locale, args), locale);
                MaterialPiece.Content text = piece.content("en".equals(locale.getLanguage()));
                byte[] facilitatorPdf = handouts.facilitator(piece);
                byte[] participantsPdf = handouts.participants(piece);
                String facilitator = flat(PdfText.of(facilitatorPdf));
                String participants = flat(PdfText.of(participantsPdf));
                assertThat(facilitator)
                        .contains(
                                flat(text.title()),
                                flat(text.questions().get(0)),
                                flat(text.note().substring(0, 30)));
                assertThat(participants)
                        .contains(flat(text.title()), flat(text.questions().get(0)))
                        .doesNotContain(flat(text.note().substring(0, 30)));
                assertThat(pages(facilitatorPdf)).as(text.title()).isEqualTo(1);
                assertThat(pages(participantsPdf)).as(text.title()).isEqualTo(1);
            }
        }
    }

    /** A facilitator writes a piece in the group's own languages: every script comes back from paper as typed. */
    @Test
    void aPieceInEveryScriptIsPrintedAsItWasTyped() throws Exception {
        MaterialDraft starter = StarterLibrary.pieces().values().iterator().next();
        MaterialPiece.Content multilingual = new MaterialPiece.Content(
                "Complimenten · Компліменти · مجاملات · ምስጋና",
                "Iedereen zegt iets moois over " + WorldNames.TURKISH + " en " + WorldNames.ARABIC + ".",
                "Kaartjes voor " + WorldNames.POLISH,
                "Vraag " + WorldNames.GEEZ + " om te beginnen.",
                List.of(
                        new MaterialPiece.Step(5, "قل شيئًا لطيفًا عن جارك"),
                        new MaterialPiece.Step(10, WorldNames.VIETNAMESE + " begint")),
                List.of("Що ви цінуєте в собі?", "ما الذي تقدره في نفسك؟", WorldNames.ARABIC_LIGATURES + "?"));
        MaterialPiece piece = new MaterialPiece(
                1,
                1,
                starter.forType(),
                starter.tagList(),
                starter.minutes(),
                null,
                true,
                true,
                false,
                true,
                multilingual,
                multilingual,
                starter,
                UsageFigures.NONE);
        Handouts handouts = new Handouts(
                (key, args) -> translations.getTranslation(key, Translations.DUTCH, args), Translations.DUTCH);
        String facilitator = flat(PdfText.of(PdfText.keep("handout facilitator", handouts.facilitator(piece))));
        String participants = flat(PdfText.of(PdfText.keep("handout participants", handouts.participants(piece))));
        for (String typed : List.of(
                "Компліменти",
                "مجاملات",
                "ምስጋና",
                WorldNames.TURKISH,
                WorldNames.ARABIC,
                "قل شيئًا لطيفًا عن جارك",
                WorldNames.VIETNAMESE,
                "Що ви цінуєте в собі?",
                "ما الذي تقدره في نفسك؟",
                WorldNames.ARABIC_LIGATURES)) {
            assertThat(facilitator).contains(typed);
            assertThat(participants).contains(typed);
        }
        assertThat(facilitator).contains(WorldNames.POLISH, WorldNames.GEEZ);
    }

    private static int pages(byte[] pdf) throws Exception {
        try (var reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static MaterialPiece piece(MaterialDraft d) {
        return new MaterialPiece(
                1,
                1,
                d.forType(),
                d.tagList(),
                d.minutes(),
                null,
                true,
                true,
                false,
                true,
                content(d, false),
                content(d, true),
                d,
                UsageFigures.NONE);
    }

    private static MaterialPiece.Content content(MaterialDraft d, boolean en) {
        return new MaterialPiece.Content(
                en ? d.titleEn() : d.titleNl(),
                en ? d.goalEn() : d.goalNl(),
                en ? d.bringEn() : d.bringNl(),
                en ? d.noteEn() : d.noteNl(),
                d.steps().stream()
                        .map(s -> new MaterialPiece.Step(s.minutes(), en ? s.en() : s.nl()))
                        .toList(),
                d.questions().stream().map(q -> en ? q.en() : q.nl()).toList());
    }
}
