package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.passbook.domain.Pictogram;
import nl.kringwerk.passbook.service.MemberCodes;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.InterestShare;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.security.AuditAction;
import nl.kringwerk.security.Role;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.SessionRole;
import nl.kringwerk.sessions.domain.StepKind;
import nl.kringwerk.sessions.service.CalendarEntry;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every key the code asks for exists. */
class TranslationsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : new String[] {"messages", "passbook"}) {
            Properties nl = load("/i18n/" + bundle + "_nl.properties");
            Properties en = load("/i18n/" + bundle + "_en.properties");
            assertThat(nl.stringPropertyNames())
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            nl.forEach((k, v) -> assertThat(v.toString()).as("nl " + k).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        }
    }

    /**
     * Her passbook page in the group screen's other languages: the same keys in each, each a key the
     * Dutch page has, and every text the page asks for (its literal keys and the entry kinds, loan
     * states and pictograms it shows) is there.
     */
    @Test
    void thePassbookPageHasEveryTextInEveryMemberLanguage() throws IOException {
        Properties dutch = load("/i18n/passbook_nl.properties");
        Properties main = load("/i18n/messages_nl.properties");
        Set<String> asked = new TreeSet<>();
        // The page is PassbookView with the cards of PassbookCards.
        String page = Files.readString(Path.of("src/main/java/nl/kringwerk/passbook/ui/PassbookView.java"))
                + Files.readString(Path.of("src/main/java/nl/kringwerk/passbook/ui/PassbookCards.java"));
        Matcher literal = Pattern.compile("\"((?:passbook|goal|receipt|entry-kind|loan-status|app)\\.[a-z.-]+)\"")
                .matcher(page);
        while (literal.find()) {
            if (!literal.group(1).endsWith(".")) {
                asked.add(literal.group(1));
            }
        }
        assertThat(asked).contains("passbook.page.title", "goal.to-go", "receipt.whatsapp");
        Stream.of(EntryKind.values()).forEach(k -> asked.add("entry-kind." + k.name()));
        Stream.of(LoanStatus.values()).forEach(k -> asked.add("loan-status." + k.name()));
        Stream.of(Pictogram.values()).forEach(k -> asked.add("pictogram." + k.name()));
        for (String tag : MemberCodes.LANGUAGES) {
            if (tag.equals("nl") || tag.equals("en")) {
                continue;
            }
            Properties member = load("/i18n/passbook_" + tag + ".properties");
            assertThat(member.stringPropertyNames()).as(tag).containsAll(asked);
            assertThat(member.stringPropertyNames())
                    .as(tag + ": only keys the Dutch pages have")
                    .allMatch(k -> dutch.containsKey(k) || main.containsKey(k));
            member.forEach((k, v) -> assertThat(v.toString()).as(tag + " " + k).isNotBlank());
        }
    }

    @Test
    void theFeatureBundlesShareNoKeyWithTheMainBundle() throws IOException {
        Properties main = load("/i18n/messages_nl.properties");
        Properties passbook = load("/i18n/passbook_nl.properties");
        assertThat(passbook.stringPropertyNames()).doesNotContainAnyElementsOf(main.stringPropertyNames());
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Properties nl = load("/i18n/messages_nl.properties");
        nl.putAll(load("/i18n/passbook_nl.properties"));
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
        for (var action : AuditAction.values()) {
            assertThat(dutch).containsKey("audit-action." + action.name());
        }
        for (var kind : EntryKind.values()) {
            assertThat(dutch).containsKey("entry-kind." + kind.name());
        }
        for (var status : AttendanceStatus.values()) {
            assertThat(dutch).containsKey("attendance." + status.name());
        }
        for (var status : SessionStatus.values()) {
            assertThat(dutch).containsKey("session-status." + status.name());
        }
        labelled(dutch, "loan-status.", LoanStatus.values());
        labelled(dutch, "session-role.", SessionRole.values());
        labelled(dutch, "step-kind.", StepKind.values());
        labelled(dutch, "step-hint.", StepKind.values());
        labelled(dutch, "reflection.", Reflection.values());
        labelled(dutch, "listening-status.", ListeningStatus.values());
        labelled(dutch, "calendar-state.", CalendarEntry.State.values());
        labelled(dutch, "repayment-plan.", RepaymentPlan.values());
        labelled(dutch, "fund-decision.", SocialFundDecision.values());
        labelled(dutch, "interest-share.", InterestShare.values());
        labelled(dutch, "shareout.rule.", InterestShare.values());
        labelled(load("/i18n/passbook_nl.properties"), "pictogram.", Pictogram.values());
    }

    private static void labelled(Properties texts, String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            assertThat(texts).containsKey(prefix + value.name());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
