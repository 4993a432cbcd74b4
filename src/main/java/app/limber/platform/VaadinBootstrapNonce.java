package app.limber.platform;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In production mode, Vaadin's bootstrap page gives every {@code <script>} it contains this response's nonce and the
 * response's policy becomes {@code limber.security.csp.application-pages-nonce}: the inline bootstrap script runs
 * because it carries the nonce, an injected inline script does not. Vaadin supports this only in production mode
 * (development mode adds scripts of its own), so there the plainer application policy stays (decision 0010).
 */
@Component
class VaadinBootstrapNonce implements VaadinServiceInitListener {

    private final String noncePolicy;

    VaadinBootstrapNonce(@Value("${limber.security.csp.application-pages-nonce:}") String noncePolicy) {
        this.noncePolicy = noncePolicy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (noncePolicy.isBlank() || !event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        event.addIndexHtmlRequestListener(page -> {
            if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            String nonce = ContentSecurityPolicy.nonceOf(request.getHttpServletRequest());
            page.getDocument().getElementsByTag("script").attr("nonce", nonce);
            page.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER,
                    ContentSecurityPolicy.withNonce(noncePolicy, request.getHttpServletRequest()));
        });
    }
}
