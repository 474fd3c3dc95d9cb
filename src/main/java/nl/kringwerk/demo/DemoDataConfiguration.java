package nl.kringwerk.demo;

import java.time.Clock;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.OrganisationService;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.material.service.SessionThemes;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.FunderScopeService;
import nl.kringwerk.security.StartCodeService;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.service.AgreementService;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo data is optional: {@code DEMO_DATA=auto} (default) loads it only on the embedded database,
 * {@code true} or {@code false} decide explicitly. A real server gets none unless asked.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoDataCondition.class)
class DemoDataConfiguration {

    @Bean
    DemoData demoData(
            OrganisationRepository organisations,
            GroupRepository groups,
            MemberRepository members,
            DemoAccounts accounts,
            Savings savings,
            LoanService loans,
            ShareOutService shareOut,
            AgreementService agreements,
            ListeningPlanService listeningPlans,
            ListeningRunService listeningRuns,
            ListeningSessionRepository listeningSessions,
            MaterialLibrary library,
            SessionThemes themes,
            JdbcTemplate jdbc,
            SummaryStore summaries,
            AccountService accountService,
            StartCodeService startCodes,
            FunderScopeService funderScopes,
            OrganisationService organisationService,
            GroupService groupService,
            Goals goals,
            Clock clock) {
        return new DemoData(
                organisations,
                groups,
                members,
                accounts,
                savings,
                loans,
                shareOut,
                new DemoListening(agreements, listeningPlans, listeningRuns, listeningSessions, clock),
                new DemoMaterial(library, themes),
                jdbc,
                summaries,
                new DemoAdministration(
                        accounts, accountService, startCodes, funderScopes, organisationService, groupService),
                goals,
                clock);
    }

    /** Before FirstAdministrator, so a demo installation never prints a setup code. */
    @Bean
    @Order(0)
    ApplicationRunner loadDemoData(DemoData demoData) {
        return args -> {
            if (demoData.loadIfEmpty()) {
                demoData.analyzeTables();
            }
        };
    }
}
