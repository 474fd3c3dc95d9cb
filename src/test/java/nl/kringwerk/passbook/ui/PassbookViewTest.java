package nl.kringwerk.passbook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.groups.service.MemberPassAccess;
import nl.kringwerk.loans.service.MemberLoans;
import nl.kringwerk.passbook.service.MemberCodes;
import nl.kringwerk.passbook.service.PassbookService;
import nl.kringwerk.passbook.service.PassbookWorld;
import nl.kringwerk.savings.service.MemberRecords;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member at /boekje on her phone: her code opens her passbook, and nothing else. */
class PassbookViewTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    MemberCodes codes;

    @Autowired
    PassbookService passbooks;

    PassbookWorld w;

    @BeforeEach
    void twoGroupsWithMoney() {
        w = new PassbookWorld(testWorld, savings, groups, this::login);
    }

    private String cardFor(long memberId) {
        login(w.world.coordinatorA());
        String code = codes.issue(w.world.groupA(), memberId, null).code();
        logout();
        return code;
    }

    private static void open(String code) {
        navigate("boekje");
        type("passbook-code", code);
        click("open-passbook");
    }

    /** Everything the screen shows now, whatever view it is. */
    private static String page() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getElement()
                .getTextRecursively();
    }

    @Test
    void herCodeOpensHerOwnPassbookReadOnlyAndSheSwitchesLanguageInPlace() {
        String code = cardFor(w.samira);
        open(code.toLowerCase());

        assertThat(text("passbook-title")).isEqualTo("Het boekje van Samira");
        assertThat(text("passbook-total")).isEqualTo("€ 20,00");
        assertThat(page()).contains("Fatma", "€ 35,00").doesNotContain(PassbookWorld.B_MEMBER, "77,77");
        // Nothing on her page writes: no field, no button but the language and "close".
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(Button.class))
                .extracting(b -> b.getId().orElse(""))
                .containsExactlyInAnyOrder(
                        "passbook-lang-nl",
                        "passbook-lang-en",
                        "passbook-lang-ar",
                        "passbook-lang-tr",
                        "passbook-lang-pl",
                        "passbook-lang-uk",
                        "close-passbook");

        click("passbook-lang-en");
        assertThat(text("passbook-title")).isEqualTo("Samira's passbook");
        assertThat(text("passbook-total")).isEqualTo("€ 20,00");
        login(w.world.officerA());
        assertThat(codes.openings(w.world.groupA())).hasSize(1); // switching language is no new opening
    }

    /**
     * A card made in Arabic, Turkish, Polish or Ukrainian (the group screen's languages) opens her
     * passbook in that language, Arabic from right to left, with no Dutch left on it and no missing text.
     */
    @Test
    void herPassbookOpensInTheGroupScreenLanguageChosenOnHerCard() {
        for (String tag : List.of("ar", "tr", "pl", "uk")) {
            login(w.world.coordinatorA());
            codes.choose(w.world.groupA(), w.samira, tag, false);
            String code = codes.issue(w.world.groupA(), w.samira, null).code();
            logout();
            open(code);

            ResourceBundle bundle = ResourceBundle.getBundle("i18n/passbook", Locale.forLanguageTag(tag), noFallback());
            // In Arabic the name is a bidi isolate inside the sentence.
            String samira = tag.equals("ar") ? "\u2068Samira\u2069" : "Samira";
            assertThat(text("passbook-title"))
                    .as(tag)
                    .isEqualTo(bundle.getString("passbook.page.title").replace("{0}", samira));
            assertThat(text("passbook-total")).isEqualTo("€ 20,00");
            assertThat(page())
                    .as(tag)
                    .contains(bundle.getString("passbook.page.ledger"), bundle.getString("passbook.page.saved"))
                    .doesNotContainPattern("![a-z-]+\\.")
                    .doesNotContain("Het kasboek van de groep", "Je hebt gespaard", "Gespaard", "Volgende bijeenkomst");
            Element content = _find(Div.class).stream()
                    .filter(d -> d.hasClassName("passbook-content"))
                    .findFirst()
                    .orElseThrow()
                    .getElement();
            assertThat(content.getAttribute("lang")).isEqualTo(tag);
            assertThat(content.getAttribute("dir")).isEqualTo(tag.equals("ar") ? "rtl" : "ltr");
        }
        // Back to Dutch in place, left to right again.
        click("passbook-lang-nl");
        assertThat(text("passbook-title")).isEqualTo("Het boekje van Samira");
    }

    private static ResourceBundle.Control noFallback() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }

    @Test
    void aWrongCodeSaysSoAndOpensNothing() {
        open("ABCDE-FGHJK");
        assertThat(text("passbook-message"))
                .isEqualTo("Deze code kennen we niet. Kijk of je hem goed hebt overgetypt.");
        assertThat(_find(Component.class, spec -> spec.withId("passbook-title")))
                .isEmpty();
    }

    @Test
    void aRenewedCardShowsNietMeerGeldigAlsoOnAPageThatIsOpen() {
        String code = cardFor(w.samira);
        open(code);
        assertThat(text("passbook-title")).contains("Samira");
        cardFor(w.samira);

        click("passbook-lang-en"); // any next step of the open page reads it again
        assertThat(text("passbook-invalid")).isEqualTo("This card is no longer valid");
        assertThat(page()).doesNotContain("€ 20,00");

        open(code);
        assertThat(text("passbook-invalid")).isEqualTo("This card is no longer valid");
    }

    @Test
    void aMemberWhoLeftOrAClosedGroupSeesAFriendlyNietMeerGeldig() {
        String samira = cardFor(w.samira);
        String fatma = cardFor(w.fatma);
        login(w.world.coordinatorA());
        groups.memberLeaves(w.world.groupA(), w.samira, LocalDate.now(TestClock.AMSTERDAM));
        logout();
        open(samira);
        assertThat(text("passbook-invalid")).isEqualTo("Deze kaart is niet meer geldig");

        login(w.world.coordinatorA());
        groups.endGroup(w.world.groupA(), LocalDate.now(TestClock.AMSTERDAM));
        logout();
        open(fatma);
        assertThat(text("passbook-invalid")).isEqualTo("Deze kaart is niet meer geldig");
    }

    @Test
    void aCardWithAPinAsksForIt() {
        login(w.world.coordinatorA());
        String code = codes.issue(w.world.groupA(), w.fatma, "2580").code();
        logout();
        open(code);
        assertThat(text("passbook-message")).isEmpty();
        type("passbook-pin", "1111");
        click("open-passbook");
        assertThat(text("passbook-message")).isEqualTo("Die pincode klopt niet. Probeer het nog eens.");
        type("passbook-pin", "2580");
        click("open-passbook");
        assertThat(text("passbook-title")).isEqualTo("Het boekje van Fatma");
    }

    /**
     * With her passbook open in this browser, every route of the application (group B's and group A's
     * ids filled in) shows the login page or nothing; the passbook page itself has no link and no
     * download, and the anonymous routes are only the login, start code, setup and passbook pages.
     */
    @Test
    void nothingOfAnotherGroupIsReachableFromACodePage() throws Exception {
        String code = cardFor(w.samira);
        open(code);
        assertThat(text("passbook-title")).contains("Samira");
        // No link into the application and no download: at most the WhatsApp text she may send herself.
        assertThat(_find(Anchor.class)).allSatisfy(a -> assertThat(a.getHref()).startsWith("https://wa.me/?text="));
        assertThat(_find(RouterLink.class)).isEmpty();

        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        List<String> anonymous = new ArrayList<>();
        for (RouteData route : routes) {
            if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                anonymous.add(route.getTemplate());
                continue;
            }
            for (long groupId : new long[] {w.world.groupB(), w.world.groupA()}) {
                String url = route.getTemplate()
                        .replaceAll(":groupId\\([^)]*\\)\\)?", String.valueOf(groupId))
                        .replaceAll(":\\w+\\([^)]*\\)\\)?", "1");
                navigate(url);
                Object shown = UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .get(0);
                assertThat(shown).as(url).isInstanceOf(LoginView.class);
                assertThat(page()).as(url).doesNotContain(PassbookWorld.B_MEMBER, "77,77", "Kring B", "Samira");
            }
        }
        assertThat(anonymous).containsExactlyInAnyOrder("login", "startcode", "inrichten", "boekje");

        // Every reader a pass opens answers with group A's records only.
        MemberPass pass = passbooks.open(code, null, "10.30.0.1").pass();
        List<Object> readers = List.of(
                passbooks,
                context.getBean(MemberRecords.class),
                context.getBean(MemberLoans.class),
                context.getBean(MemberPassAccess.class));
        int called = 0;
        for (Object reader : readers) {
            for (Method method : unproxied(reader.getClass()).getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.getParameterCount() != 1
                        || method.getParameterTypes()[0] != MemberPass.class) {
                    continue;
                }
                String answer = String.valueOf(method.invoke(reader, pass));
                called++;
                assertThat(answer)
                        .as(method.toString())
                        .doesNotContain(PassbookWorld.B_MEMBER, "7777", "77,77", "Kring B", "06-12345678");
            }
        }
        assertThat(called).isGreaterThanOrEqualTo(6);
    }

    private static Class<?> unproxied(Class<?> type) {
        return type.getName().contains("$$") ? type.getSuperclass() : type;
    }
}
