package app.limber.site.seo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sitemap, robots.txt and the feed are open to anyone and the same for everyone: their own filter chain reads
 * no session and creates none (no cookie), and lets the controllers say how long they may be cached.
 */
@Configuration
class MachineReadableSecurity {

    static final String[] PATHS = {"/sitemap.xml", "/robots.txt", FeedController.PATH};

    @Bean
    @Order(10)
    SecurityFilterChain machineReadableFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PATHS).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
