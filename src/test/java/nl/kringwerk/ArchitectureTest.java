package nl.kringwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The house rules of docs/house-style.md, checked on every build. */
@AnalyzeClasses(packages = "nl.kringwerk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfVaadinAndSpringWeb = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.vaadin..",
                    "org.springframework.web..",
                    "org.springframework.security..",
                    "..service..",
                    "..ui..");

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.kringwerk.security..",
                    "nl.kringwerk.groups..",
                    "nl.kringwerk.savings..",
                    "nl.kringwerk.loans..",
                    "nl.kringwerk.sessions..",
                    "nl.kringwerk.insights..",
                    "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule securityDependsOnlyOnBase = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.kringwerk.groups..",
                    "nl.kringwerk.savings..",
                    "nl.kringwerk.insights..",
                    "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule groupsDoNotReachUp = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.groups..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.kringwerk.savings..", "nl.kringwerk.insights..", "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule savingsDoNotReachUp = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.savings..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.kringwerk.insights..", "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule sessionsStandBesideSavings = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.sessions..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.kringwerk.savings..", "nl.kringwerk.loans..", "nl.kringwerk.insights..", "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule loansDoNotReachUp = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.loans..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.kringwerk.insights..", "nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule savingsDoNotDependOnLoans = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.savings..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kringwerk.loans..");

    @ArchTest
    static final ArchRule insightsNeverTouchGroupEntities = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.insights..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.kringwerk.groups..", "nl.kringwerk.savings..");

    @ArchTest
    static final ArchRule materialStandsOnTop = noClasses()
            .that()
            .resideInAnyPackage(
                    "nl.kringwerk.groups..",
                    "nl.kringwerk.savings..",
                    "nl.kringwerk.loans..",
                    "nl.kringwerk.sessions..",
                    "nl.kringwerk.insights..",
                    "nl.kringwerk.security..",
                    "nl.kringwerk.base..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kringwerk.material..");

    /** The passbook (issue 20) stands on top of savings and loans: nothing below reaches it. */
    @ArchTest
    static final ArchRule passbookStandsOnTop = noClasses()
            .that()
            .resideInAnyPackage(
                    "nl.kringwerk.groups..",
                    "nl.kringwerk.savings..",
                    "nl.kringwerk.loans..",
                    "nl.kringwerk.sessions..",
                    "nl.kringwerk.insights..",
                    "nl.kringwerk.security..",
                    "nl.kringwerk.base..",
                    "nl.kringwerk.material..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kringwerk.passbook..");

    /**
     * A member's pass opens her records without an account: only the passbook's code service, after the
     * code's hash matched, makes one.
     */
    @ArchTest
    static final ArchRule onlyTheCodeServiceMakesAMemberPass = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.kringwerk.passbook.service.PassbookService")
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(DescribedPredicate.describe(
                    "MemberPass", (JavaClass c) -> c.getName().equals("nl.kringwerk.groups.service.MemberPass")))));

    /**
     * A practice meeting (issue 20) keeps its play money in memory: it reaches no repository and no
     * service that writes (only GroupService, for the members' names), so nothing of it can be kept.
     */
    @ArchTest
    static final ArchRule practiceWritesNothing = noClasses()
            .that()
            .resideInAPackage("nl.kringwerk.practice..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "a repository or a service other than GroupService",
                    (JavaClass c) -> c.isAssignableTo(Repository.class)
                            || (c.getPackageName().endsWith(".service")
                                    && !c.getName().equals("nl.kringwerk.groups.service.GroupService")
                                    && !c.getName().equals("nl.kringwerk.groups.service.GroupFacts")
                                    && !c.getName().equals("nl.kringwerk.groups.service.GroupPage")
                                    && !c.getName().equals("nl.kringwerk.groups.service.MemberRow"))));

    /** Nothing else reaches the practice meeting. */
    @ArchTest
    static final ArchRule practiceStandsAlone = noClasses()
            .that()
            .resideOutsideOfPackage("nl.kringwerk.practice..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kringwerk.practice..");

    @ArchTest
    static final ArchRule nothingButDemoUsesDemoData = noClasses()
            .that()
            .resideOutsideOfPackage("nl.kringwerk.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kringwerk.demo..");

    @ArchTest
    static final ArchRule servicesAreTheOnlyWritersOfRepositories = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAnyPackage("..domain..", "..service..", "nl.kringwerk.security..", "nl.kringwerk.demo..");

    /**
     * A feature owns its tables: its repositories are used inside the feature only (and by the
     * optional demo loader). Another feature asks the owner's service, e.g. loans read cycles and the
     * journal through {@code SavingsFacts}.
     */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInsideTheirOwnFeature =
            classes().that().areAssignableTo(Repository.class).should(beUsedOnlyInsideTheirFeature());

    /**
     * One access gate: the features reach "may she work with this group?" through
     * {@code GroupService.requireAccess} (or {@code groupFacts}), never around it.
     */
    @ArchTest
    static final ArchRule theGroupAccessGateIsReachedThroughGroupService = classes()
            .that()
            .haveSimpleName("GroupAccess")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAnyPackage("nl.kringwerk.security..", "nl.kringwerk.groups.service..");

    /**
     * Every "today" and "now" comes from the injected {@code Clock} (Europe/Amsterdam): a no-argument
     * {@code LocalDate.now(TestClock.AMSTERDAM)} reads the JVM's zone, which in a container is UTC, and between midnight and
     * 01:00 or 02:00 in Amsterdam it proposes yesterday. {@code now(zone)} and the system clocks go round
     * the injected clock too (a test cannot set the time). Only the clock's configuration reads the system.
     */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.kringwerk.base.ClockConfiguration")
            .should()
            .callMethodWhere(readsTheSystemTime());

    private static DescribedPredicate<JavaMethodCall> readsTheSystemTime() {
        return new DescribedPredicate<>("read the system's time instead of the injected clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                AccessTarget.MethodCallTarget target = call.getTarget();
                String owner = target.getOwner().getPackageName();
                if (!owner.equals("java.time")) {
                    return false;
                }
                if (target.getOwner().isEquivalentTo(Clock.class)) {
                    return target.getName().startsWith("system");
                }
                List<JavaClass> parameters = target.getRawParameterTypes();
                return target.getName().equals("now")
                        && !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    String user = featureOf(use.getOriginClass());
                    boolean allowed = user.equals(feature) || user.equals("demo");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** nl.kringwerk.savings.domain.Cycle -> "savings" */
    private static String featureOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
