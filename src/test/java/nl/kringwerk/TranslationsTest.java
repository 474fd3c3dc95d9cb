package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.security.Role;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every key the code asks for exists. */
class TranslationsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties nl = load("/i18n/messages_nl.properties");
        Properties en = load("/i18n/messages_en.properties");
        assertThat(nl.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        nl.forEach((k, v) -> assertThat(v.toString()).as("nl " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Properties nl = load("/i18n/messages_nl.properties");
        Pattern literal = Pattern.compile("(?:getTranslation\\(|InvalidInput\\.of\\(\"\\w+\", )\"([a-z][\\w.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    // "group-type." + type.name() and the like are checked per enum below
                    if (!m.group(1).endsWith(".") && !nl.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Properties dutch = load("/i18n/messages_nl.properties");
        for (var type : GroupType.values()) {
            assertThat(dutch).containsKey("group-type." + type.name());
        }
        for (var frequency : Frequency.values()) {
            assertThat(dutch).containsKey("frequency." + frequency.name());
        }
        for (var role : Role.values()) {
            assertThat(dutch).containsKey("role." + role.name());
        }
        for (var kind : nl.kringwerk.savings.domain.EntryKind.values()) {
            assertThat(dutch).containsKey("entry-kind." + kind.name());
        }
        for (var status : nl.kringwerk.savings.domain.AttendanceStatus.values()) {
            assertThat(dutch).containsKey("attendance." + status.name());
        }
        for (var status : nl.kringwerk.savings.domain.SessionStatus.values()) {
            assertThat(dutch).containsKey("session-status." + status.name());
        }
        labelled(dutch, "loan-status.", nl.kringwerk.loans.domain.LoanStatus.values());
        labelled(dutch, "session-role.", nl.kringwerk.sessions.domain.SessionRole.values());
        labelled(dutch, "step-kind.", nl.kringwerk.sessions.domain.StepKind.values());
        labelled(dutch, "step-hint.", nl.kringwerk.sessions.domain.StepKind.values());
        labelled(dutch, "reflection.", nl.kringwerk.sessions.domain.Reflection.values());
        labelled(dutch, "listening-status.", nl.kringwerk.sessions.domain.ListeningStatus.values());
        labelled(dutch, "calendar-state.", nl.kringwerk.sessions.service.CalendarEntry.State.values());
        labelled(dutch, "repayment-plan.", nl.kringwerk.loans.domain.RepaymentPlan.values());
        labelled(dutch, "fund-decision.", nl.kringwerk.loans.domain.SocialFundDecision.values());
        labelled(dutch, "interest-share.", nl.kringwerk.savings.domain.InterestShare.values());
        labelled(dutch, "shareout.rule.", nl.kringwerk.savings.domain.InterestShare.values());
    }

    private static void labelled(Properties texts, String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            assertThat(texts).containsKey(prefix + value.name());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
