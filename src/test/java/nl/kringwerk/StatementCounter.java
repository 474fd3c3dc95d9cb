package nl.kringwerk;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends to the database (datasource-proxy around the
 * application's pool), e.g. those of one confirmed deposit: {@code StatementCounter.count(() -> ...)}.
 * Only statements of the counting thread count; a batch counts once per statement in it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** The statements run on this thread while {@code work} runs, in order. */
    public static List<String> statementsOf(Runnable work) {
        List<String> seen = new ArrayList<>();
        List<String> outer = COUNTING.get();
        COUNTING.set(seen);
        try {
            work.run();
        } finally {
            if (outer == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(outer);
                outer.addAll(seen);
            }
        }
        return seen;
    }

    public static <T> T counting(List<String> into, Supplier<T> work) {
        List<T> result = new ArrayList<>();
        into.addAll(statementsOf(() -> result.add(work.get())));
        return result.get(0);
    }

    /**
     * The pool stays a {@link HikariDataSource} for whoever asks for one; only its connections are
     * handed out wrapped.
     */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof HikariDataSource pool)) {
                    return bean;
                }
                DataSource counted = ProxyDataSourceBuilder.create(pool)
                        .name("counted")
                        .listener(new Listener())
                        .build();
                ProxyFactory factory = new ProxyFactory(pool);
                factory.setProxyTargetClass(true);
                factory.addAdvice((MethodInterceptor) invocation -> {
                    if ("getConnection".equals(invocation.getMethod().getName())) {
                        return invocation.getArguments().length == 0
                                ? counted.getConnection()
                                : counted.getConnection((String) invocation.getArguments()[0], (String)
                                        invocation.getArguments()[1]);
                    }
                    return invocation.proceed();
                });
                return factory.getProxy();
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<QueryInfo> queries) {}

        @Override
        public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<QueryInfo> queries) {
            List<String> seen = COUNTING.get();
            if (seen != null) {
                int times = execInfo.isBatch() && queries.size() == 1 ? Math.max(1, execInfo.getBatchSize()) : 1;
                for (QueryInfo q : queries) {
                    for (int i = 0; i < times; i++) {
                        seen.add(q.getQuery());
                    }
                }
            }
        }
    }
}
