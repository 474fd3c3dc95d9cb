package nl.kringwerk.demo;

import java.time.Clock;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.savings.service.SavingsService;
import nl.kringwerk.security.DemoAccounts;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo data is optional: {@code DEMO_DATA=auto} (default) loads it only on the embedded database,
 * {@code true} or {@code false} decide explicitly. A real server gets none unless asked.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoDataCondition.class)
class DemoDataConfiguration {

    @Bean
    DemoData demoData(OrganisationRepository organisations, GroupRepository groups, MemberRepository members,
            DemoAccounts accounts, SavingsService savings, nl.kringwerk.loans.service.LoanService loans,
            nl.kringwerk.loans.service.ShareOutService shareOut, nl.kringwerk.sessions.service.ListeningService listening,
            nl.kringwerk.sessions.domain.ListeningSessionRepository listeningSessions,
            nl.kringwerk.material.service.MaterialService material, org.springframework.jdbc.core.JdbcTemplate jdbc,
            nl.kringwerk.insights.service.SummaryStore summaries, nl.kringwerk.security.InsightAccess insightAccess,
            Clock clock) {
        return new DemoData(organisations, groups, members, accounts, savings, loans, shareOut, listening,
                listeningSessions, material, jdbc, summaries, insightAccess, clock);
    }

    @Bean
    ApplicationRunner loadDemoData(DemoData demoData) {
        return args -> demoData.loadIfEmpty();
    }
}
