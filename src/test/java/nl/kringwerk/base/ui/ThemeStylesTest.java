package nl.kringwerk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSRuleListImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;
import org.junit.jupiter.api.Test;

/**
 * The theme's one stylesheet parses without a single error, and every feature's rules stand at the
 * top level. A closing brace lost in a merge once swallowed every rule after it: the member's
 * passbook and the attention list were shown without any of their layout, and nothing said so.
 */
class ThemeStylesTest {

    static final Path STYLES = Path.of("frontend/themes/kringwerk/styles.css");

    @Test
    void theStylesheetParsesWithoutErrorsAndEveryRuleIsReachable() throws IOException {
        String css = Files.readString(STYLES);
        List<String> errors = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser(new CSS3Parser());
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) throws CSSException {
                errors.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(CSSParseException e) throws CSSException {
                errors.add("error line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(CSSParseException e) throws CSSException {
                errors.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        CSSStyleSheetImpl sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
        assertThat(errors).isEmpty();

        Set<String> parsed = new LinkedHashSet<>();
        collect(sheet.getCssRules(), parsed);
        // Every class selector written at the start of a line in the file is a rule the parser kept.
        Set<String> written = new LinkedHashSet<>();
        Matcher selector = Pattern.compile("(?m)^(\\.[a-z][a-z0-9-]*)").matcher(css);
        while (selector.find()) {
            written.add(selector.group(1));
        }
        assertThat(written).contains(".passbook-card", ".visually-hidden", ".passbook-row");
        assertThat(parsed).containsAll(written);
    }

    /** The first class of each style rule's selectors, also inside media queries. */
    private static void collect(CSSRuleListImpl rules, Set<String> into) {
        for (var rule : rules.getRules()) {
            if (rule instanceof CSSStyleRuleImpl style) {
                for (String one : style.getSelectorText().split(",")) {
                    Matcher first =
                            Pattern.compile("^\\s*\\*?(\\.[a-z][a-z0-9-]*)").matcher(one);
                    if (first.find()) {
                        into.add(first.group(1));
                    }
                }
            } else if (rule instanceof CSSMediaRuleImpl media) {
                collect(media.getCssRules(), into);
            }
        }
    }
}
