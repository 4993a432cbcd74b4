package app.limber.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that decides who a request comes from. Runs before everything else, so that the login throttle,
 * sign-in records, comment rate limits, the moderation queue and redirects all read the same answer through
 * {@code request.getRemoteAddr()}, {@code getScheme()} and {@code isSecure()}.
 * <p>
 * A request straight from the internet is taken at its socket address and its {@code X-Forwarded-*} headers are
 * ignored. Only when the socket peer is one of the operator's {@link TrustedProxies} do those headers count: the
 * client is the nearest untrusted hop of {@code X-Forwarded-For}, and {@code X-Forwarded-Proto}/{@code -Host}/
 * {@code -Port} give the scheme and public address the proxy was reached at.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return proxies.isEmpty() || !proxies.contains(request.getRemoteAddr());
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Forwarded(request, proxies.clientOf(request.getRemoteAddr(), forwardedFor(request))),
                response);
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }

    /** What a trusted proxy says about the original request. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final String scheme;
        private final @Nullable String host;
        private final int port;

        Forwarded(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            this.scheme = "https".equalsIgnoreCase(proto) ? "https"
                    : "http".equalsIgnoreCase(proto) ? "http" : request.getScheme();
            String forwardedHost = last(request.getHeader("X-Forwarded-Host"));
            this.host = forwardedHost == null ? null : forwardedHost.replaceFirst(":\\d+$", "");
            this.port = portOf(request, proto, forwardedHost);
        }

        private int portOf(HttpServletRequest request, @Nullable String proto, @Nullable String forwardedHost) {
            String forwardedPort = last(request.getHeader("X-Forwarded-Port"));
            if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
                return Integer.parseInt(forwardedPort);
            }
            if (forwardedHost != null && forwardedHost.matches(".*:\\d{1,5}$")) {
                return Integer.parseInt(forwardedHost.substring(forwardedHost.lastIndexOf(':') + 1));
            }
            if (proto != null || forwardedHost != null) {
                return "https".equals(scheme) ? 443 : 80;
            }
            return request.getServerPort();
        }

        private static @Nullable String last(@Nullable String header) {
            if (header == null || header.isBlank()) {
                return null;
            }
            String value = header.substring(header.lastIndexOf(',') + 1).trim().toLowerCase(Locale.ROOT);
            return value.isEmpty() ? null : value;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme) || super.isSecure();
        }

        @Override
        public String getServerName() {
            return host != null ? host : super.getServerName();
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
            boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            if (!defaultPort) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
