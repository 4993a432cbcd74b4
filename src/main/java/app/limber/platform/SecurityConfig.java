package app.limber.platform;

import app.limber.account.Landing;
import app.limber.account.LoginThrottle;
import app.limber.account.LoginThrottleFilter;
import app.limber.account.ui.LoginView;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Web security: Vaadin's configurer with our login view, database users, Argon2id password hashes and
 * security headers. View access is decided by each view's annotation; services check again with method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Where the login form sends everyone; {@code LandingView} forwards to the area of their role. */
    static final String AFTER_LOGIN_PATH = "/" + Landing.START_PATH;

    /** Limber's own classes, the only ones {@code @PreAuthorize} is looked for in. */
    static final String LIMBER_PACKAGE = "app.limber.";

    /**
     * Method security: the services check {@code @PreAuthorize}, and only that. Spring's default
     * ({@code prePostEnabled}) would add advisors for {@code @PostAuthorize}, {@code @PreFilter} and {@code @PostFilter}
     * too, and each advisor looks at every method of every bean at start-up for its annotation
     * (docs/performance.md#start-up); ArchitectureTest keeps those (and {@code @Secured}) out of the code. Configured as
     * Spring's own configuration would: the expression handler knows the application context, and the security
     * context comes from the Vaadin-aware holder strategy; only Limber's classes are looked at (AopProxiesTest).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeAdvisor(ObjectProvider<SecurityContextHolderStrategy> contextHolderStrategy,
            ApplicationContext context) {
        var expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        var manager = new PreAuthorizeAuthorizationManager();
        manager.setExpressionHandler(expressions);
        manager.setApplicationContext(context);
        // Spring's pointcut for @PreAuthorize, asked only about Limber's own classes: otherwise it reads the
        // annotations of every method of every framework bean at start-up, and only Limber's code uses it.
        var springs = AuthorizationManagerBeforeMethodInterceptor.preAuthorize(manager);
        Pointcut limbersClasses = new ComposablePointcut(type -> type.getName().startsWith(LIMBER_PACKAGE))
                .intersection(springs.getPointcut());
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(limbersClasses, manager);
        interceptor.setOrder(springs.getOrder());
        interceptor.setSecurityContextHolderStrategy(new FirstUseStrategy(contextHolderStrategy));
        return interceptor;
    }

    /**
     * The security context holder strategy (Vaadin's), looked up when a secured method is first called rather than
     * when the advisor is made: the advisor is made while the post-processors are still being set up, and taking the
     * strategy then made Spring create it (and Vaadin's configuration) too early, with a warning at every start.
     */
    private static final class FirstUseStrategy implements SecurityContextHolderStrategy {

        private final SingletonSupplier<SecurityContextHolderStrategy> strategy;

        FirstUseStrategy(ObjectProvider<SecurityContextHolderStrategy> strategy) {
            this.strategy = SingletonSupplier.of(
                    () -> strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        }

        private SecurityContextHolderStrategy delegate() {
            return strategy.obtain();
        }

        @Override
        public void clearContext() {
            delegate().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return delegate().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return delegate().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            delegate().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            delegate().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return delegate().createEmptyContext();
        }
    }

    /**
     * Video files and posters: open at the HTTP level, since who may read which is decided per video by the service
     * (signed-in sessions are still recognised). A chain of their own so that the media responses can say how long
     * browsers may cache them, instead of the "no-store" every page gets; other security headers stay.
     */
    @Bean
    @Order(1)
    SecurityFilterChain mediaFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/media/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/media/**").permitAll()
                        // HEAD answers like GET without the body (players and CDNs ask for sizes this way)
                        .requestMatchers(HttpMethod.HEAD, "/media/**").permitAll()
                        .anyRequest().denyAll())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Calendar feeds: open at the HTTP level, since the secret in the address is the credential (checked by the
     * program feature); calendar apps poll without a session, so none is created.
     */
    @Bean
    @Order(2)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/calendar/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The server-rendered public site ({@link PublicSiteSecurity#PATHS}): open to everyone, and a visitor's request
     * never creates a session or sets a cookie (no request cache, no session creation, the CSRF token only read
     * for members, who have a session already). Signed-in members are recognised from their existing session. Pages
     * say themselves how they may be cached, so Spring Security's "no-store" is left out here.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicSiteFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            RequestUtil requestUtil, @Value("${limber.security.csp.public-pages}") String strictPolicy,
            @Value("${limber.security.permissions-policy}") String permissionsPolicy)
            throws Exception {
        // Vaadin's own requests (UIDL, heartbeat, push) go to "/" with a query; they stay with the main chain.
        var sitePaths = new org.springframework.security.web.util.matcher.OrRequestMatcher(
                java.util.Arrays.stream(PublicSiteSecurity.PATHS).map(path -> (org.springframework.security.web.util.matcher.RequestMatcher)
                        org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                                .matcher(path)).toList());
        http.securityMatcher(request -> sitePaths.matches(request) && !requestUtil.isFrameworkInternalRequest(request))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicSiteSecurity.PREVIEWS).authenticated()
                        .anyRequest().permitAll())
                .sessionManagement(sessions -> sessions
                        .sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.NEVER)
                        .maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(new EndedSessionStrategy(requestUtil, "/login")))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(PublicSiteSecurity.NEEDS_SESSION_CSRF_TOKEN))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                        request -> true))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        // every page here is server-rendered: the strict policy, with this response's nonce
                        .addHeaderWriter(new ContentSecurityPolicy(strictPolicy, strictPolicy, request -> false))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", permissionsPolicy))
                        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .contentTypeOptions(options -> { })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new SameOriginLoginFilter(PublicSiteSecurity.COMMENT_POST,
                        "Post comments from this site's own pages."), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottle throttle,
            RequestUtil requestUtil, @Value("${limber.security.csp.public-pages}") String strictPolicy,
            @Value("${limber.security.csp.application-pages}") String applicationPolicy,
            @Value("${limber.security.permissions-policy}") String permissionsPolicy,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) throws Exception {
        // Vaadin denies every address it doesn't know, which sends visitors to the login page and shows signed-in
        // people a bare 403; unknown page addresses go to the app's "not found" page (404) instead.
        UnknownPageRequests unknownPages = new UnknownPageRequests(requestUtil, controllers);
        // What Vaadin serves gets the application policy; everything else (controllers, the error page, new
        // server-rendered pages) the strict one.
        ContentSecurityPolicy contentSecurityPolicy = new ContentSecurityPolicy(strictPolicy, applicationPolicy,
                request -> requestUtil.isFrameworkInternalRequest(request) || requestUtil.isAnonymousRoute(request)
                        || requestUtil.isSecuredFlowRoute(request) || unknownPages.matches(request));
        // Unlimited sessions per person, but registered, so that they can be ended from elsewhere (password reset,
        // disabling, deleting). The next request of an ended session, including an open page's background request,
        // is logged out and sent to the login page (a background request through Vaadin's "session expired"
        // answer, which reloads the page: see EndedSessionStrategy).
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionStrategy(requestUtil, "/login")));
        // An error answered elsewhere (a refused post, a method an address doesn't take) is shown as the site's error
        // page: the error dispatch itself is open, or a visitor would be sent to the login page instead.
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/webjars/**", "/images/**", "/styles/**", "/scripts/**", "/favicon.ico", "/actuator/health").permitAll());
        // Written before the request is handled: Vaadin serves its pages through a path that skips lazily written headers.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .addHeaderWriter(contentSecurityPolicy)
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", permissionsPolicy))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        org.springframework.security.web.util.matcher.RequestMatcher loginPost =
                request -> "POST".equals(request.getMethod()) && "/login".equals(PublicSiteSecurity.path(request));
        http.addFilterBefore(new SignInOutageFilter(loginPost, "/login?error"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SameOriginLoginFilter(loginPost, "Sign in from Limber's own login page."),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginThrottleFilter(throttle, loginPost), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl(AFTER_LOGIN_PATH)
                .anyRequest(otherRequests -> otherRequests.access((authentication, context) ->
                        new AuthorizationDecision(unknownPages.matches(context.getRequest())))));
        return http.build();
    }

    /**
     * Vaadin's navigation access control, built from the same checkers and settings as the one Vaadin configures
     * (which this replaces as the context creates it), reading the person's roles as {@link RolesFromTheRequest} says.
     */
    @Bean
    static BeanPostProcessor rolesFromTheRequest(ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean.getClass() == SpringNavigationAccessControl.class
                        ? configurer.getObject().build(RolesFromTheRequest::new, checkers.orderedStream().toList())
                        : bean;
            }
        };
    }

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane) for new hashes; the delegating encoder
     * still verifies bcrypt hashes so that the algorithm can change without locking anyone out.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2id";
        Map<String, PasswordEncoder> encoders = Map.of(
                argon2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder(argon2, encoders);
    }
}
