package app.limber.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link ClientAddressFilter} ahead of every other filter (security, Vaadin, MVC), and right after it
 * {@link MalformedRequestFilter}, so that a malformed request costs one log line and nothing more.
 */
@Configuration
class ClientAddressConfig {

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(
            @Value("${limber.trusted-proxies:}") String trustedProxies) {
        FilterRegistrationBean<ClientAddressFilter> registration =
                new FilterRegistrationBean<>(new ClientAddressFilter(TrustedProxies.parse(trustedProxies)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ASYNC,
                jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.FORWARD);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(java.time.Clock clock) {
        FilterRegistrationBean<MalformedRequestFilter> registration =
                new FilterRegistrationBean<>(new MalformedRequestFilter(clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
