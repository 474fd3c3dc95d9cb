package nl.kringwerk.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.Group;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.Organisation;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.Pictogram;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.SignInHints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, believable world for a newcomer: two organisations, savings circles and listening groups
 * in three municipalities, one account per role. Loaded once, on an empty database.
 */
public class DemoData implements SignInHints {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "kring2026";

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final DemoAccounts accounts;
    private final Savings savings;
    private final LoanService loans;
    private final ShareOutService shareOut;
    private final DemoListening listening;
    private final DemoMaterial themes;
    private final JdbcTemplate jdbc;
    private final SummaryStore summaries;
    private final DemoAdministration administration;
    private final Goals goals;
    private final Clock clock;

    DemoData(
            OrganisationRepository organisations,
            GroupRepository groups,
            MemberRepository members,
            DemoAccounts accounts,
            Savings savings,
            LoanService loans,
            ShareOutService shareOut,
            DemoListening listening,
            DemoMaterial themes,
            JdbcTemplate jdbc,
            SummaryStore summaries,
            DemoAdministration administration,
            Goals goals,
            Clock clock) {
        this.goals = goals;
        this.themes = themes;
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.administration = administration;
        this.listening = listening;
        this.organisations = organisations;
        this.savings = savings;
        this.loans = loans;
        this.shareOut = shareOut;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<Hint> hints() {
        return List.of(
                new Hint("role.COORDINATOR", "coordinator", PASSWORD),
                new Hint("role.FACILITATOR", "begeleider", PASSWORD),
                new Hint("role.FACILITATOR", "gespreksleider", PASSWORD),
                new Hint("role.OFFICER", "voorzitter", PASSWORD),
                new Hint("role.FUNDER", "gemeente", PASSWORD),
                new Hint("role.FUNDER", "fonds", PASSWORD),
                new Hint("role.ADMIN", "admin", PASSWORD));
    }

    /** @return whether it loaded (the database was empty) */
    @Transactional
    public boolean loadIfEmpty() {
        if (organisations.count() > 0) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // The operator's first steps, through the same services as the Beheer screens.
        accounts.create("admin", PASSWORD, "Beheer Kringwerk", Role.ADMIN, null);
        Organisation spaarhuis = organisations
                .findById(administration.organisation("Stichting Samen Sparen"))
                .orElseThrow();
        Organisation diaconie = organisations
                .findById(administration.organisation("Diaconie Noord"))
                .orElseThrow();

        Group zonnebloem = group(
                spaarhuis,
                "Spaarkring De Zonnebloem",
                GroupType.SAVINGS_CIRCLE,
                "Rotterdam",
                today.minusMonths(14),
                DayOfWeek.TUESDAY,
                LocalTime.of(19, 30),
                Frequency.WEEKLY,
                "Buurthuis De Zonnebloem");
        List<Member> zonnebloemMembers = members(
                zonnebloem,
                today.minusMonths(14),
                "Samira",
                "Fatma",
                "Anja",
                "Gloria",
                "Yvonne",
                "Naima",
                "Els",
                "Priya");
        Group oost = group(
                spaarhuis,
                "Spaarkring Oost",
                GroupType.SAVINGS_CIRCLE,
                "Rotterdam",
                today.minusMonths(5),
                DayOfWeek.THURSDAY,
                LocalTime.of(10, 0),
                Frequency.EVERY_TWO_WEEKS,
                "Wijkcentrum Oost");
        List<Member> oostMembers =
                members(oost, today.minusMonths(5), "Hanna", "Rukiye", "Marleen", "Joyce", "Ilse", "Sandra");
        // What the members see comes in two languages: Dutch and the one some of them read best.
        zonnebloem.chooseScreenLanguages(ScreenLanguages.of(MemberLanguage.DUTCH, MemberLanguage.ARABIC));
        oost.chooseScreenLanguages(ScreenLanguages.of(MemberLanguage.DUTCH, MemberLanguage.TURKISH));
        Group schiedam = group(
                spaarhuis,
                "Spaarkring Schiedam-Zuid",
                GroupType.SAVINGS_CIRCLE,
                "Schiedam",
                today.minusYears(3),
                DayOfWeek.MONDAY,
                LocalTime.of(13, 30),
                Frequency.WEEKLY,
                "Bibliotheek Zuid");
        members(schiedam, today.minusYears(3), "Mirjam", "Aylin", "Carla", "Dounia", "Wendy");
        schiedam.end(today.minusMonths(4));

        Group luister = group(
                diaconie,
                "Luistergroep Het Anker",
                GroupType.LISTENING_GROUP,
                "Amsterdam",
                today.minusMonths(8),
                DayOfWeek.WEDNESDAY,
                LocalTime.of(14, 0),
                Frequency.EVERY_TWO_WEEKS,
                "Kerkzaal Het Anker");
        List<Member> ankerMembers =
                members(luister, today.minusMonths(8), "Thea", "Mohamed", "Greet", "Kofi", "Lidia", "Bram");
        ankerMembers.get(5).leave(today.minusMonths(2));
        Group brug = group(
                diaconie,
                "Luistergroep De Brug",
                GroupType.LISTENING_GROUP,
                "Rotterdam",
                today.minusMonths(4),
                DayOfWeek.MONDAY,
                LocalTime.of(10, 0),
                Frequency.WEEKLY,
                "Buurtkamer De Brug");
        members(brug, today.minusMonths(4), "Ria", "Hatice", "Joke", "Esra", "Marion", "Nadia", "Wilma");

        administration.account("coordinator", "Marieke (coördinator)", Role.COORDINATOR, spaarhuis.getId(), null);
        long begeleider =
                administration.account("begeleider", "Ruud (begeleider)", Role.FACILITATOR, spaarhuis.getId(), null);
        administration.account("begeleider2", "Esther (begeleider)", Role.FACILITATOR, spaarhuis.getId(), null);
        administration.account("diaconie", "Jan (coördinator Diaconie)", Role.COORDINATOR, diaconie.getId(), null);
        administration.account("gemeente", "Gemeente Rotterdam", Role.FUNDER, null, null);
        long gespreksleider = administration.account(
                "gespreksleider", "Ineke (gespreksleider)", Role.FACILITATOR, diaconie.getId(), null);
        // What a coordinator does for her own organisation: assign facilitators, make a chair's account.
        administration.asCoordinator("coordinator", () -> {
            administration.assign(zonnebloem.getId(), begeleider);
            administration.officer(
                    "voorzitter",
                    "Samira (voorzitter)",
                    spaarhuis.getId(),
                    zonnebloemMembers.get(0).getId());
            // A new facilitator who has not used her start code yet, and one who stopped.
            administration.pending("begeleider3", "Nora (begeleider, nog niet gestart)", spaarhuis.getId());
            administration.stopped("oud-begeleider", "Kees (gestopt)", spaarhuis.getId());
        });
        administration.asCoordinator("diaconie", () -> {
            administration.assign(luister.getId(), gespreksleider);
            administration.assign(brug.getId(), gespreksleider);
        });

        accounts.runAs("coordinator", () -> {
            DemoSavings.BeforeOpen theme =
                    (group, session, s) -> themes.prepare(group, session, s, MaterialFor.SAVINGS_CIRCLE);
            DemoSavings demo = new DemoSavings(savings, theme, today);
            new DemoLoans(savings, loans, shareOut, theme, today)
                    .play(
                            zonnebloem.getId(),
                            zonnebloemMembers.stream().map(Member::getId).toList());
            demo.play(
                    oost.getId(),
                    oostMembers.stream().map(Member::getId).toList(),
                    Frequency.EVERY_TWO_WEEKS,
                    Money.euros(1));
            // Two members save towards a goal of their own; Samira's shows on the group screen at her turn.
            goals.setGoal(
                    zonnebloem.getId(),
                    zonnebloemMembers.get(0).getId(),
                    new GoalDetails("Reis naar mijn familie", Money.euros(300), Pictogram.TRIP, true));
            goals.setGoal(
                    zonnebloem.getId(),
                    zonnebloemMembers.get(1).getId(),
                    new GoalDetails("Schoolspullen", Money.euros(120), Pictogram.SCHOOL, false));
            themes.reflectAndPrepareNext(zonnebloem.getId(), MaterialFor.SAVINGS_CIRCLE, 0);
            themes.reflectAndPrepareNext(oost.getId(), MaterialFor.SAVINGS_CIRCLE, 2);
        });
        accounts.runAs("gespreksleider", () -> {
            DemoSavings.BeforeOpen theme =
                    (group, session, s) -> themes.prepare(group, session, s, MaterialFor.LISTENING_GROUP);
            listening.play(
                    luister.getId(),
                    List.of(today.minusWeeks(6), today.minusWeeks(4), today.minusWeeks(2)),
                    "Telefoons gaan op stil.",
                    theme);
            listening.play(
                    brug.getId(), List.of(today.minusWeeks(3), today.minusWeeks(2), today.minusWeeks(1)), null, theme);
            themes.reflectAndPrepareNext(luister.getId(), MaterialFor.LISTENING_GROUP, 1);
            themes.reflectAndPrepareNext(brug.getId(), MaterialFor.LISTENING_GROUP, 3);
        });
        // Enough generated groups for the funders' dashboard: five municipalities, four years, some ended.
        GeneratedGroups.Result generated = new GeneratedGroups(jdbc)
                .generate(
                        new GeneratedGroups.Scale(
                                90,
                                List.of("Rotterdam", "Schiedam", "Vlaardingen", "Dordrecht", "Capelle aan den IJssel"),
                                List.of("Stichting Buurtkracht", "Fonds Samen Verder"),
                                4,
                                7),
                        today);
        summaries.rebuildAll();
        administration.scope("gemeente", "Rotterdam", null);
        administration.scope("gemeente", "Schiedam", null);
        administration.account("fonds", "Fonds Samen Verder", Role.FUNDER, null, null);
        administration.scope(
                "fonds",
                null,
                jdbc.queryForObject("SELECT id FROM organisation WHERE name = 'Fonds Samen Verder'", Long.class));
        log.info(
                "Demo insights: {} generated groups with {} sessions and {} ledger lines.",
                generated.groups(),
                generated.sessions(),
                generated.journalLines());
        log.info("Demo data loaded. Log in as coordinator / {} (see the login page for all roles).", PASSWORD);
        return true;
    }

    /**
     * After the bulk load has committed (ANALYZE TABLE commits by itself, so never inside the load's
     * transaction): fresh optimizer statistics for every table, so the first bookings and summary
     * refreshes are planned on the real row counts and index cardinalities rather than on whatever
     * InnoDB's background recalculation has reached by then (issue 22). About 40 ms.
     */
    public void analyzeTables() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE'",
                String.class);
        if (!tables.isEmpty()) {
            jdbc.queryForList("ANALYZE TABLE " + String.join(", ", tables));
        }
    }

    private Group group(
            Organisation organisation,
            String name,
            GroupType type,
            String municipality,
            LocalDate startedOn,
            DayOfWeek day,
            LocalTime time,
            Frequency frequency,
            String place) {
        return groups.save(new Group(
                organisation.getId(),
                new GroupDetails(name, type, municipality, startedOn, day, time, frequency, place),
                clock.instant(),
                "demo"));
    }

    private List<Member> members(Group group, LocalDate joinedOn, String... names) {
        return Arrays.stream(names)
                .map(n -> members.save(
                        new Member(group.getId(), new MemberDetails(n, null, null, joinedOn), clock.instant(), "demo")))
                .toList();
    }
}
