package nl.kringwerk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import nl.kringwerk.KaribuTest;
import org.junit.jupiter.api.Test;

/** What the login page says after a refused login: the reason, in words a user can act on. */
class LoginViewTest extends KaribuTest {

    @Test
    void aWrongPasswordAsksToCheckUsernameAndPassword() {
        open("error", "");
        assertThat(message()).isEqualTo("Controleer je gebruikersnaam en wachtwoord en probeer het opnieuw.");
    }

    @Test
    void whenTheDatabaseIsDownThePageSaysLoginIsTemporarilyUnavailable() {
        open("unavailable", "");
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(message()).contains("tijdelijk niet").doesNotContain("wachtwoord");
    }

    @Test
    void afterTooManyTriesThePageSaysHowLongToWait() {
        open("locked", "3");
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(message()).contains("Te vaak").contains("3 minuten");
    }

    @Test
    void aFormThatWasOpenTooLongAsksToTryAgain() {
        open("expired", "");
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(message()).contains("opnieuw");
    }

    private static void open(String reason, String value) {
        UI.getCurrent().navigate("login", QueryParameters.of(reason, value));
    }

    /** The error message the form shows, as the browser receives it. */
    private static String message() {
        Object i18n = _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        return String.valueOf(i18n).replaceAll("(?s).*\"errorMessage\":\\{[^}]*\"message\":\"([^\"]*)\".*", "$1");
    }
}
