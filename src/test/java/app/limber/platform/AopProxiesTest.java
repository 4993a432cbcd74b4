package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.admin.MemberFilter;
import app.limber.admin.MemberSearch;
import app.limber.community.CommentModeration;
import java.util.Arrays;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.autoproxy.InfrastructureAdvisorAutoProxyCreator;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Spring's infrastructure auto-proxy creator makes the services' proxies, not the AspectJ-aware one
 * ({@code spring.aop.auto=false}), and they still carry both the transaction and the {@code @PreAuthorize} advice.
 */
class AopProxiesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberSearch memberSearch;

    @Autowired
    CommentModeration commentModeration;

    @Test
    void theInfrastructureAutoProxyCreatorMakesTheProxies() {
        assertThat(context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
                .isExactlyInstanceOf(InfrastructureAdvisorAutoProxyCreator.class);
    }

    @Test
    void servicesAreClassProxiesWithTransactionAndAuthorizationAdvice() {
        for (Object service : new Object[] {memberSearch, commentModeration}) {
            assertThat(AopUtils.isCglibProxy(service)).as(service.getClass().getName()).isTrue();
            var advice = Arrays.stream(((Advised) service).getAdvisors()).map(advisor -> advisor.getAdvice())
                    .map(Advice::getClass).toList();
            assertThat(advice).as(service.getClass().getName())
                    .contains(TransactionInterceptor.class, AuthorizationManagerBeforeMethodInterceptor.class);
        }
    }

    @Test
    void preAuthorizeIsLookedForInLimbersClassesOnly() throws Exception {
        var pointcut = context.getBean("preAuthorizeAdvisor", PointcutAdvisor.class).getPointcut();

        assertThat(AopUtils.canApply(pointcut, MemberSearch.class)).isTrue();
        assertThat(pointcut.getMethodMatcher().matches(MemberSearch.class.getMethod("count", MemberFilter.class),
                MemberSearch.class)).isTrue();
        // Framework beans are not even asked about.
        assertThat(pointcut.getClassFilter().matches(FilterChainProxy.class)).isFalse();
        assertThat(AopUtils.canApply(pointcut, FilterChainProxy.class)).isFalse();
    }
}
