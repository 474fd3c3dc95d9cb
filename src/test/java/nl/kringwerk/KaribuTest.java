package nl.kringwerk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for view tests: routes discovered once, a mock Spring servlet per test, and a
 * {@link #login(String)} that signs a real account in for both Spring Security and Vaadin.
 * {@link Screen} has what a test does on the screen: {@code click("open-session")}.
 */
@KringwerkTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected TestWorld testWorld;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("nl.kringwerk");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs the account in: the Spring security context and the fake request both know her roles. */
    protected void login(String username) {
        Authentication authentication = SignIn.as(users, username);
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void logout() {
        SignIn.out();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * What a test does on the screen, by component id; import them statically. They live in this
     * class of their own because a static {@code click} on KaribuTest would clash with the private
     * {@code click} some view tests declare (Java forbids hiding it with weaker access).
     */
    public static final class Screen {

        private Screen() {}

        public static void click(String buttonId) {
            _click(get(Button.class, buttonId));
        }

        /** Types into the text field or text area with this id. */
        public static void type(String fieldId, String text) {
            setValue(fieldId, text);
        }

        /** Types a number into the integer field with this id. */
        public static void type(String fieldId, int number) {
            setValue(fieldId, number);
        }

        /** Chooses in the select, combo box, radio buttons or date picker with this id; null clears it. */
        public static <T> void choose(String fieldId, T item) {
            setValue(fieldId, item);
        }

        /** Taps an amount on the large keypad, key by key: {@code keypad("12,50")}. */
        public static void keypad(String amount) {
            for (char c : amount.toCharArray()) {
                click("key-" + (c == ',' ? "comma" : String.valueOf(c)));
            }
        }

        /** The text of the span, heading or paragraph with this id. */
        public static String text(String id) {
            return ((HasText) _get(Component.class, spec -> spec.withId(id).withPredicate(c -> c instanceof HasText)))
                    .getText();
        }

        /** The text of the component with this id and of everything inside it. */
        public static String allText(String id) {
            return get(Component.class, id).getElement().getTextRecursively();
        }

        public static <T extends Component> T get(Class<T> type, String id) {
            return _get(type, spec -> spec.withId(id));
        }

        @SuppressWarnings("unchecked")
        private static <V> void setValue(String fieldId, V value) {
            HasValue<?, V> field = (HasValue<?, V>) _get(
                    Component.class, spec -> spec.withId(fieldId).withPredicate(c -> c instanceof HasValue));
            _setValue(field, value);
        }
    }
}
