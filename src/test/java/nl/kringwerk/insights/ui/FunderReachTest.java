package nl.kringwerk.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.StartView;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.insights.service.InsightsService;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.GroupRef;
import nl.kringwerk.security.InsightAccess;
import nl.kringwerk.security.ui.LoginView;
import nl.kringwerk.sessions.service.CalendarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;

/**
 * A funder reaches nothing but the insights: every registered route (with the ids of real groups,
 * sessions and material filled in) and every public method of every service refuse her, except the
 * insights service; its answers hold only added-up, suppressed figures.
 */
class FunderReachTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    InsightsService insights;

    @Autowired
    InsightAccess insightAccess;

    @Autowired
    DemoAccounts accounts;

    @Test
    void everyRouteButTheInsightsRefusesAFunder() {
        TestWorld.World world = testWorld.create();
        accounts.addFunderScope(accounts.idOf(world.funder()), "Rotterdam", null);
        login(world.coordinatorA());
        savings.cycles()
                .startCycle(world.groupA(), CycleRules.defaults(LocalDate.now(TestClock.AMSTERDAM), Frequency.WEEKLY));
        long session = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        logout();
        login(world.funder());

        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getNavigationTarget).contains((Class) InsightsView.class);
        List<String> reached = new ArrayList<>();
        for (RouteData route : routes) {
            String url = route.getTemplate()
                    .replaceAll(":groupId\\([^)]*\\)\\)?", String.valueOf(world.groupA()))
                    .replaceAll(":sessionId\\([^)]*\\)\\)?", String.valueOf(session))
                    .replaceAll(":materialId\\([^)]*\\)\\)?", "1");
            navigate(url);
            Class<?> shown = UI.getCurrent()
                    .getInternals()
                    .getActiveRouterTargetsChain()
                    .get(0)
                    .getClass();
            if (shown == route.getNavigationTarget()) {
                reached.add(url);
            }
        }
        // The start page only forwards her to the insights; the login and start-code pages are open to
        // anyone; her own account (name, role, password) is hers.
        // The members' passbook page (issue 20) asks for a card's code and shows nothing without one.
        assertThat(reached).containsExactlyInAnyOrder("inzichten", "login", "startcode", "mijn-account", "boekje");
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(InsightsView.class);
        assertThat(StartView.class).isNotNull();
        assertThat(LoginView.class).isNotNull();
    }

    @Test
    void everyPublicServiceMethodButTheInsightsRefusesAFunder() throws Exception {
        TestWorld.World world = testWorld.create();
        accounts.addFunderScope(accounts.idOf(world.funder()), "Rotterdam", null);
        login(world.funder());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> services = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("nl.kringwerk")) {
            services.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(services)
                .extracting(Class::getSimpleName)
                .contains(
                        "GroupService",
                        "CycleService",
                        "SessionService",
                        "TaskService",
                        "BookingService",
                        "SavingsRecords",
                        "SavingsFacts",
                        "LoanService",
                        "ShareOutService",
                        "AgreementService",
                        "ListeningPlanService",
                        "ListeningRunService",
                        "CalendarService",
                        "MaterialLibrary",
                        "SessionThemes",
                        "InsightsService",
                        "GroupAccess",
                        "AccountService",
                        "StartCodeService",
                        "MyAccountService",
                        "FunderScopeService",
                        "AuditTrail");
        int called = 0;
        List<String> answered = new ArrayList<>();
        for (Class<?> type : services) {
            Object service = context.getBean(type);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                if (ALLOWED.contains(type.getSimpleName() + "." + method.getName())) {
                    continue;
                }
                Object[] args = arguments(method, world);
                called++;
                try {
                    ServiceMethods.call(service, method, args);
                    answered.add(type.getSimpleName() + "." + method.getName());
                } catch (NotFoundOrNotAllowedException refused) {
                    // as it should be
                } catch (Throwable other) {
                    answered.add(type.getSimpleName() + "." + method.getName() + " threw " + other);
                }
            }
        }
        assertThat(answered).as("service methods that did not refuse a funder").isEmpty();
        assertThat(called).isGreaterThan(60);
        // What she may call answers with nothing of any group: no groups, no organisations to start one
        // for, no coming sessions; the insights hold only added-up figures of her scope.
        assertThat(context.getBean(GroupService.class).visibleGroups()).isEmpty();
        assertThat(context.getBean(GroupService.class).organisationsForNewGroup())
                .isEmpty();
        assertThat(context.getBean(CalendarService.class).upcoming(14)).isEmpty();
        assertThat(insights.options().municipalities()).containsExactly("Rotterdam");
    }

    /**
     * Methods a funder may call: the insights themselves, who she is, and methods that answer with
     * nothing of a group (a new idempotency key; the groups, organisations and coming sessions she may
     * see: none, checked below).
     */
    private static final Set<String> ALLOWED = Set.of(
            "InsightsService.options",
            "InsightsService.dashboard",
            "InsightsService.dashboardFromRawTables",
            // the year report (issue 21): the same dashboard as the page, over her own scope only
            "YearReportService.report",
            "InsightAccess.requireScope",
            "InsightAccess.addFunderScope",
            "BookingService.newIdempotencyKey",
            "LoanService.newIdempotencyKey",
            "CalendarService.upcoming",
            "GroupService.visibleGroups",
            "GroupService.organisationsForNewGroup",
            "GroupAccess.visibleScope",
            "GroupAccess.mayAdminister",
            "CurrentUser.find",
            "CurrentUser.require",
            "AccountDetailsService.loadUserByUsername",
            // her own account, and the pages anyone may use: a start code, a fresh installation's setup
            "MyAccountService.myAccount",
            "MyAccountService.changeOwnPassword",
            "StartCodeService.redeemStartCode",
            "FirstSetup.isOpen",
            // The members' passbook (issue 20): anyone may try a card's code on /boekje (throttled, and a
            // code opens one member's passbook only). The rest takes a MemberPass, which only
            // PassbookService makes after a code matched (ArchitectureTest): a funder has none.
            "PassbookService.open",
            "PassbookService.page",
            "PassbookService.isValid",
            "MemberPassAccess.facts",
            "MemberPassAccess.isValid",
            "MemberRecords.cycle",
            "MemberLoans.loansOf");

    private static Object[] arguments(Method method, TestWorld.World world) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> t = parameters[i].getType();
            String name = parameters[i].getName();
            args[i] = t == long.class || t == Long.class
                    ? (name.toLowerCase(Locale.ROOT).contains("group")
                            ? world.groupA()
                            : name.contains("member") ? world.memberA() : 1L)
                    : t == int.class || t == Integer.class
                            ? 1
                            : t == boolean.class
                                    ? false
                                    : t == String.class
                                            ? "x"
                                            : t == Locale.class
                                                    ? Locale.ENGLISH
                                                    : t == LocalDate.class
                                                            ? LocalDate.now(TestClock.AMSTERDAM)
                                                            : t.isEnum()
                                                                    ? t.getEnumConstants()[0]
                                                                    : t == GroupRef.class
                                                                            ? new GroupRef(
                                                                                    world.groupA(),
                                                                                    world.organisationA())
                                                                            : null;
        }
        return args;
    }
}
