package app.limber.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Writes {@code Content-Security-Policy} by who serves the request (decision 0010). Every response gets the strict
 * policy (scripts only from this origin or with this response's nonce, no inline script, no eval) unless it is one
 * Vaadin serves: an application view, an address Vaadin answers with its "not found" page, or Vaadin's own
 * requests. Those get the application policy, which Vaadin's client engine needs. New server-rendered pages are
 * therefore strict without anyone having to remember it; a template reads the nonce for its own script tags from
 * the request attribute {@link #NONCE_ATTRIBUTE}.
 * <p>
 * Written with the other security headers before the request is handled. {@link VaadinBootstrapNonce} later replaces
 * the application policy on Vaadin's bootstrap page with a nonce-based one where Vaadin supports it.
 */
public final class ContentSecurityPolicy implements HeaderWriter {

    public static final String HEADER = "Content-Security-Policy";
    /** The request attribute holding this response's script nonce (base64), for server-rendered templates. */
    public static final String NONCE_ATTRIBUTE = "limber.cspNonce";
    /** Where a nonce goes in a configured policy. */
    static final String NONCE_PLACEHOLDER = "{nonce}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String strictPolicy;
    private final String applicationPolicy;
    private final Predicate<HttpServletRequest> servedByVaadin;

    ContentSecurityPolicy(String strictPolicy, String applicationPolicy, Predicate<HttpServletRequest> servedByVaadin) {
        this.strictPolicy = strictPolicy;
        this.applicationPolicy = applicationPolicy;
        this.servedByVaadin = servedByVaadin;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        String policy = servedByVaadin.test(request) ? applicationPolicy : strictPolicy;
        response.setHeader(HEADER, withNonce(policy, request));
    }

    /** The policy with this request's nonce in place of {@code {nonce}} (made, and kept on the request, on first use). */
    static String withNonce(String policy, HttpServletRequest request) {
        return policy.contains(NONCE_PLACEHOLDER) ? policy.replace(NONCE_PLACEHOLDER, nonceOf(request)) : policy;
    }

    /** This request's nonce: 128 random bits, the same for every use within the request. */
    public static String nonceOf(HttpServletRequest request) {
        @Nullable Object existing = request.getAttribute(NONCE_ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }
}
