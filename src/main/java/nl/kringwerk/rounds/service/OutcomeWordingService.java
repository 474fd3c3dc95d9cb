package nl.kringwerk.rounds.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.OrganisationOption;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.SecretRound;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome statements in an organisation's own words, within limits. The five statements are five
 * fixed slots, each with its pictogram and the group's scale: the insights add the answers up per
 * slot, between the start and the end of a cycle and across organisations, so only the words of a
 * slot may change, not what it asks. Dutch and English; plain text of at most {@link #MAX_LENGTH}
 * characters; back to the standard words at any time. A coordinator words her own organisation's
 * statements, an administrator any organisation's; no one else.
 *
 * <p>A change reaches only rounds opened after it: each outcome round keeps a copy of the words it
 * asked ({@code outcome_round_wording}), and the round at the end of a cycle copies the words of that
 * cycle's start round, so the start and the end of a cycle always ask the same words.
 */
@Service
public class OutcomeWordingService {

    /** The five statements. */
    public static final int STATEMENTS = 5;

    /** At most this many characters: a statement must fit on the tablet in large letters. */
    public static final int MAX_LENGTH = 80;

    /** The languages staff words the statements in; the other screen languages keep the standard words. */
    public static final List<MemberLanguage> LANGUAGES = List.of(MemberLanguage.DUTCH, MemberLanguage.ENGLISH);

    /** Plain text: no markup, no placeholders, no links, no line breaks or other control characters. */
    private static final Pattern NOT_PLAIN = Pattern.compile("[<>{}\\[\\]*_#`|\\\\]|\\p{Cntrl}|https?:|www\\.");

    private final GroupService groups;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeWordingService(GroupService groups, NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.groups = groups;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One statement as an organisation words it: per language its text, and whether it is the standard. */
    public record Statement(int question, Map<MemberLanguage, String> text, Map<MemberLanguage, Boolean> standard) {}

    /** The organisations whose statements she may word (her own; an administrator: all active ones); others are refused. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        SignedInUser user = currentUser.require();
        if (!mayWord(user)) {
            throw new NotFoundOrNotAllowedException();
        }
        return groups.organisationsForNewGroup();
    }

    /** The five statements as the organisation words them now. */
    @Transactional(readOnly = true)
    public List<Statement> statements(long organisationId) {
        requireMayWord(organisationId);
        Map<String, String> own = own(organisationId);
        List<Statement> statements = new ArrayList<>();
        for (int q = 0; q < STATEMENTS; q++) {
            Map<MemberLanguage, String> text = new HashMap<>();
            Map<MemberLanguage, Boolean> standard = new HashMap<>();
            for (MemberLanguage language : LANGUAGES) {
                String mine = own.get(q + ":" + language.tag());
                text.put(language, mine == null ? standardText(q, language) : mine);
                standard.put(language, mine == null);
            }
            statements.add(new Statement(q, Map.copyOf(text), Map.copyOf(standard)));
        }
        return List.copyOf(statements);
    }

    /** The standard words of a statement (the slot's meaning). */
    public static String standardText(int question, MemberLanguage language) {
        return MemberTexts.text(language, "screen.round.statement." + question);
    }

    /**
     * Words one statement anew in both languages. A text equal to the standard words is kept as the
     * standard. Bad input is refused per field ({@code nl}, {@code en}) and nothing is written.
     */
    @Transactional
    public void word(long organisationId, int question, String dutch, String english) {
        SignedInUser user = requireMayWord(organisationId);
        if (question < 0 || question >= STATEMENTS) {
            throw new NotFoundOrNotAllowedException();
        }
        Map<MemberLanguage, String> texts = Map.of(MemberLanguage.DUTCH, dutch, MemberLanguage.ENGLISH, english);
        List<InvalidInput> problems = new ArrayList<>();
        Map<MemberLanguage, String> checked = new HashMap<>();
        for (MemberLanguage language : LANGUAGES) {
            // A line break or tab is refused below; runs of spaces become one.
            String typed = texts.get(language).strip();
            String text = typed.replaceAll(" {2,}", " ");
            String field = language.tag();
            if (text.isEmpty()) {
                problems.add(InvalidInput.of(field, "error.wording-empty"));
            } else if (text.length() > MAX_LENGTH) {
                problems.add(InvalidInput.of(field, "error.wording-too-long", MAX_LENGTH, text.length()));
            } else if (NOT_PLAIN.matcher(typed).find()) {
                problems.add(InvalidInput.of(field, "error.wording-not-plain"));
            }
            checked.put(language, text);
        }
        InvalidInputException.throwIfAny(problems);
        for (MemberLanguage language : LANGUAGES) {
            String text = checked.get(language);
            MapSqlParameterSource row = new MapSqlParameterSource("o", organisationId)
                    .addValue("q", question)
                    .addValue("l", language.tag());
            if (text.equals(standardText(question, language))) {
                jdbc.update(
                        "DELETE FROM outcome_wording WHERE organisation_id = :o AND question = :q AND lang = :l", row);
            } else {
                jdbc.update(
                        "INSERT INTO outcome_wording (organisation_id, question, lang, text, changed_at, changed_by)"
                                + " VALUES (:o, :q, :l, :t, :at, :by)"
                                + " ON DUPLICATE KEY UPDATE text = :t, changed_at = :at, changed_by = :by",
                        row.addValue("t", text)
                                .addValue("at", Timestamp.from(clock.instant()))
                                .addValue("by", user.getUsername()));
            }
        }
    }

    /** The statement goes back to the standard words, in both languages. */
    @Transactional
    public void reset(long organisationId, int question) {
        requireMayWord(organisationId);
        jdbc.update(
                "DELETE FROM outcome_wording WHERE organisation_id = :o AND question = :q",
                new MapSqlParameterSource("o", organisationId).addValue("q", question));
    }

    // --- for the rounds -------------------------------------------------------------------------

    /**
     * Copies the words an outcome round asks, as it opens (in the caller's transaction, after the
     * group was opened): the words of the cycle's start round for an end round ({@code startRoundId},
     * when the cycle had a start round that was not skipped); otherwise the organisation's words now.
     */
    void freeze(long roundId, long organisationId, @Nullable Long startRoundId) {
        MapSqlParameterSource p = new MapSqlParameterSource("r", roundId).addValue("o", organisationId);
        if (startRoundId != null) {
            jdbc.update(
                    "INSERT INTO outcome_round_wording (round_id, question, lang, text)"
                            + " SELECT :r, question, lang, text FROM outcome_round_wording WHERE round_id = :start",
                    p.addValue("start", startRoundId));
        } else {
            jdbc.update(
                    "INSERT INTO outcome_round_wording (round_id, question, lang, text)"
                            + " SELECT :r, question, lang, text FROM outcome_wording WHERE organisation_id = :o",
                    p);
        }
    }

    /**
     * The words a round asked, per statement by language tag; an empty map for the standard words.
     * Only for a round its caller was allowed to open.
     */
    List<Map<String, String>> usedIn(SecretRound round) {
        if (round.getPurpose() != RoundPurpose.OUTCOME) {
            return List.of();
        }
        List<Map<String, String>> used = new ArrayList<>();
        for (int q = 0; q < STATEMENTS; q++) {
            used.add(new HashMap<>());
        }
        jdbc.query(
                "SELECT question, lang, text FROM outcome_round_wording WHERE round_id = :r",
                new MapSqlParameterSource("r", round.getId()),
                rs -> {
                    used.get(rs.getInt(1)).put(rs.getString(2), rs.getString(3));
                });
        return used.stream().map(Map::copyOf).toList();
    }

    private Map<String, String> own(long organisationId) {
        Map<String, String> own = new HashMap<>();
        jdbc.query(
                "SELECT question, lang, text FROM outcome_wording WHERE organisation_id = :o",
                new MapSqlParameterSource("o", organisationId),
                rs -> {
                    own.put(rs.getInt(1) + ":" + rs.getString(2), rs.getString(3));
                });
        return own;
    }

    private static boolean mayWord(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COORDINATOR -> user.organisationId() != null;
            case FACILITATOR, OFFICER, FUNDER -> false;
        };
    }

    private SignedInUser requireMayWord(long organisationId) {
        SignedInUser user = currentUser.require();
        if (!mayWord(user) || !AccessPolicy.mayAdminister(user, organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (groups.organisationsForNewGroup().stream().noneMatch(o -> o.id() == organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }
}
