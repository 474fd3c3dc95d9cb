package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.PdfText;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.savings.service.SessionLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evening's paper pack is one tap from the group page and from meeting mode (issue 19). */
class EveningPackLinkTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Test
    void theGroupsOfficerFindsThePackOnTheGroupPageAndInMeetingMode() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        logout();

        login(world.officerA());
        navigate("groepen/" + world.groupA());
        assertThat(get(Anchor.class, EveningPackLink.ID).getText()).startsWith("Papieren pakket voor");
        navigate("bijeenkomst/" + f.sessionId);
        assertThat(get(Anchor.class, EveningPackLink.ID).getText()).startsWith("Papieren pakket voor");
    }

    @Test
    void onAPlannedSessionsPageTheLinkAndThePackNameThatSessionWhileAnotherIsOpen() throws IOException {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        List<SessionLine> sessions =
                savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions();
        LocalDate open = sessions.get(0).date();
        SessionLine planned = sessions.get(1);
        assertThat(planned.date()).isNotEqualTo(open);

        navigate("bijeenkomst/" + planned.id());
        Anchor link = get(Anchor.class, EveningPackLink.ID);
        Locale locale = UI.getCurrent().getLocale();
        assertThat(link.getText()).contains(Dates.format(planned.date(), locale));
        String pack = PdfText.of(DownloadKt._download(link));
        assertThat(pack)
                .contains("· " + PdfSheet.shortDate(planned.date(), locale))
                .doesNotContain("· " + PdfSheet.shortDate(open, locale));

        // The open session's page still gives the open session's pack.
        navigate("bijeenkomst/" + f.sessionId);
        Anchor openLink = get(Anchor.class, EveningPackLink.ID);
        assertThat(openLink.getText()).contains(Dates.format(open, locale));
        assertThat(PdfText.of(DownloadKt._download(openLink)))
                .contains("· " + PdfSheet.shortDate(open, locale))
                .doesNotContain("· " + PdfSheet.shortDate(planned.date(), locale));
    }

    @Test
    void aGroupWithoutAnOpenCycleHasNoPack() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        testWorld.circleOfEight(world);
        navigate("groepen/" + world.groupA());
        assertThat(_find(Anchor.class, spec -> spec.withId(EveningPackLink.ID))).isEmpty();
    }
}
