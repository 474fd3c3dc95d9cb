package nl.kringwerk.material.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.TypedGroupRef;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialUse;
import nl.kringwerk.material.domain.MaterialUseRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import nl.kringwerk.material.domain.SessionKind;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.material.domain.UsedStep;
import nl.kringwerk.security.SignedInUser;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.service.CalendarService;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ThemeStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's themes: a piece of the library chosen for a coming session, adjusted for that session
 * only, and afterwards one tap on how it worked (which the library counts as usage figures). Every
 * method opens the group through {@link GroupService} first, so only who may work with the group
 * may do it.
 */
@Service
public class SessionThemes {

    private final GroupService groups;
    private final VisibleMaterial visible;
    private final MaterialLibrary library;
    private final MaterialVersionRepository versions;
    private final MaterialUseRepository uses;
    private final CalendarService calendar;
    private final ListeningPlanService listeningPlans;
    private final Clock clock;

    SessionThemes(
            GroupService groups,
            VisibleMaterial visible,
            MaterialLibrary library,
            MaterialVersionRepository versions,
            MaterialUseRepository uses,
            CalendarService calendar,
            ListeningPlanService listeningPlans,
            Clock clock) {
        this.groups = groups;
        this.visible = visible;
        this.library = library;
        this.versions = versions;
        this.uses = uses;
        this.calendar = calendar;
        this.listeningPlans = listeningPlans;
        this.clock = clock;
    }

    /** The coming sessions (up to eight) with what is prepared, and the last held ones to reflect on. */
    @Transactional(readOnly = true)
    public ThemePlan themePlan(long groupId, Locale locale) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        visible.reader();
        boolean english = Translations.isEnglish(locale);
        Map<Long, MaterialUse> prepared = uses.findByGroupIdOrderBySessionDateDesc(groupId).stream()
                .filter(u -> u.getSessionKind() == SessionKind.of(group.type()))
                .collect(Collectors.toMap(MaterialUse::getSessionId, Function.identity()));
        Map<Long, MaterialVersion> used =
                versions
                        .findAllById(prepared.values().stream()
                                .map(MaterialUse::getVersionId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MaterialVersion::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = calendar.entries(groupId);
        Function<CalendarEntry, ThemePlan.Line> line = e -> {
            MaterialUse use = prepared.get(e.sessionId());
            MaterialVersion v = use == null ? null : used.get(use.getVersionId());
            return new ThemePlan.Line(
                    e.sessionId(),
                    e.date(),
                    e.state(),
                    use == null ? null : use.getMaterialId(),
                    v == null ? null : v.title(english),
                    use == null ? 0 : use.minutes(),
                    use == null ? null : use.getReflection());
        };
        List<ThemePlan.Line> coming = entries.stream()
                .filter(e ->
                        e.state() == CalendarEntry.State.PLANNED && !e.date().isBefore(today)
                                || e.state() == CalendarEntry.State.UNDER_WAY)
                .sorted(Comparator.comparing(CalendarEntry::date))
                .limit(8)
                .map(line)
                .toList();
        List<ThemePlan.Line> past = entries.stream()
                .filter(e -> e.state() == CalendarEntry.State.HELD && prepared.containsKey(e.sessionId()))
                .sorted(Comparator.comparing(CalendarEntry::date).reversed())
                .limit(6)
                .map(line)
                .toList();
        return new ThemePlan(groupId, group.type(), coming, past);
    }

    /** The pieces suited to this group's kind, to choose from. */
    @Transactional(readOnly = true)
    public List<MaterialCard> choicesFor(long groupId, String words, Locale locale) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        return library.library(new MaterialFilter(words, null, null, null), locale).stream()
                .filter(c -> c.forType().suits(group.type()))
                .toList();
    }

    /**
     * Prepares a planned session with a piece: its current version's steps become the session's
     * theme part (a listening session's plan takes them in). Choosing again replaces the earlier choice.
     */
    @Transactional
    public void prepare(long groupId, long sessionId, long materialId, Locale locale) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        SignedInUser user = visible.reader();
        CalendarEntry entry = entry(groupId, sessionId);
        if (entry.state() != CalendarEntry.State.PLANNED) {
            throw InvalidInputException.of("session", "error.material-session-not-planned");
        }
        Material material = visible.one(user, materialId);
        MaterialVersion version = visible.current(material);
        if (!version.getForType().suits(group.type())) {
            throw InvalidInputException.of("material", "error.material-wrong-type");
        }
        SessionKind kind = SessionKind.of(group.type());
        MaterialUse use = uses.findBySessionKindAndSessionId(kind, sessionId)
                .orElseGet(() -> new MaterialUse(groupId, group.ref().organisationId(), kind, sessionId, entry.date()));
        use.moveTo(entry.date());
        use.prepare(version, Translations.isEnglish(locale), clock.instant(), user.getUsername());
        uses.save(use);
        if (kind == SessionKind.LISTENING) {
            listeningPlans.useTheme(
                    sessionId,
                    version.title(Translations.isEnglish(locale)),
                    use.steps().stream()
                            .map(s -> new ThemeStep(s.minutes(), s.text()))
                            .toList());
        }
    }

    /**
     * What was prepared for this session, with the texts of the version it was prepared with. The
     * group's officers read it too (the chair's meeting screen shows it).
     */
    @Transactional(readOnly = true)
    public Optional<PreparedTheme> prepared(long groupId, long sessionId, Locale locale) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        return uses.findBySessionKindAndSessionId(SessionKind.of(group.type()), sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .map(u -> prepared(u, Translations.isEnglish(locale)));
    }

    /** This session only: a step's minutes (a listening session changes its steps in its plan). */
    @Transactional
    public void changeStepMinutes(long groupId, long sessionId, int position, @Nullable Integer minutes) {
        MaterialUse use = adjustable(groupId, sessionId);
        checkedPosition(use, position);
        if (!MaterialDraft.validStepMinutes(minutes)) {
            throw InvalidInputException.of("minutes", "error.step-minutes", MaterialDraft.MAX_STEP_MINUTES);
        }
        use.changeMinutes(position, minutes);
    }

    /** This session only: leaves a step out; the last step stays (choose another piece instead). */
    @Transactional
    public void removeStep(long groupId, long sessionId, int position) {
        MaterialUse use = adjustable(groupId, sessionId);
        checkedPosition(use, position);
        if (use.steps().size() == 1) {
            throw InvalidInputException.of("steps", "error.material-no-steps");
        }
        use.removeStep(position);
    }

    /** This session only: an extra step at the end. */
    @Transactional
    public void addStep(long groupId, long sessionId, String text, @Nullable Integer minutes) {
        MaterialUse use = adjustable(groupId, sessionId);
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "text", text, MaterialDraft.MAX_STEP);
        if (!MaterialDraft.validStepMinutes(minutes)) {
            problems.add(InvalidInput.of("minutes", "error.step-minutes", MaterialDraft.MAX_STEP_MINUTES));
        }
        InvalidInputException.throwIfAny(problems);
        use.addStep(new UsedStep(minutes, Texts.clean(text)));
    }

    /** After the session: how the piece worked, in one tap. Tapping again changes it. */
    @Transactional
    public void reflect(long groupId, long sessionId, @Nullable UseReflection reflection) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        SignedInUser user = visible.reader();
        if (reflection == null) {
            throw InvalidInputException.of("reflection", "error.required");
        }
        CalendarEntry entry = entry(groupId, sessionId);
        if (entry.state() != CalendarEntry.State.HELD) {
            throw InvalidInputException.of("session", "error.material-session-not-held");
        }
        MaterialUse use = uses.findBySessionKindAndSessionId(SessionKind.of(group.type()), sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .orElseThrow(() -> InvalidInputException.of("session", "error.material-none-prepared"));
        use.moveTo(entry.date());
        use.reflect(reflection, clock.instant(), user.getUsername());
    }

    private PreparedTheme prepared(MaterialUse use, boolean english) {
        MaterialVersion v = versions.findById(use.getVersionId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return new PreparedTheme(
                use.getGroupId(),
                use.getSessionId(),
                use.getSessionDate(),
                use.getMaterialId(),
                v.getNumber(),
                use.getSessionKind() == SessionKind.LISTENING,
                v.title(english),
                v.goal(english),
                v.bring(english),
                v.note(english),
                use.steps().stream()
                        .map(s -> new MaterialPiece.Step(s.minutes(), s.text()))
                        .toList(),
                v.questions().stream().map(q -> q.text(english)).toList());
    }

    private CalendarEntry entry(long groupId, long sessionId) {
        return calendar.entries(groupId).stream()
                .filter(e -> e.sessionId() == sessionId)
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    /** A savings session's prepared theme, before the session is held. */
    private MaterialUse adjustable(long groupId, long sessionId) {
        TypedGroupRef group = groups.requireAccessWithType(groupId);
        visible.reader();
        if (group.type() == GroupType.LISTENING_GROUP) {
            throw InvalidInputException.of("session", "error.material-adjust-in-plan");
        }
        if (entry(groupId, sessionId).state() == CalendarEntry.State.HELD) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        return uses.findBySessionKindAndSessionId(SessionKind.SAVINGS, sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .orElseThrow(() -> InvalidInputException.of("session", "error.material-none-prepared"));
    }

    private static void checkedPosition(MaterialUse use, int position) {
        if (position < 0 || position >= use.steps().size()) {
            throw new NotFoundOrNotAllowedException();
        }
    }
}
