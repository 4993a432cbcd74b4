package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** In production mode every script of Vaadin's bootstrap page carries the response's nonce, and the policy names it. */
class VaadinBootstrapNonceTest {

    private static final String POLICY = "script-src 'self' 'nonce-{nonce}' 'unsafe-eval'; object-src 'none'";

    private List<IndexHtmlRequestListener> listenersIn(boolean productionMode) {
        VaadinService service = mock(VaadinService.class, RETURNS_DEEP_STUBS);
        when(service.getDeploymentConfiguration().isProductionMode()).thenReturn(productionMode);
        List<IndexHtmlRequestListener> listeners = new ArrayList<>();
        ServiceInitEvent event = new ServiceInitEvent(service) {
            @Override
            public void addIndexHtmlRequestListener(IndexHtmlRequestListener listener) {
                listeners.add(listener);
            }
        };
        new VaadinBootstrapNonce(POLICY).serviceInit(event);
        return listeners;
    }

    @Test
    void productionBootstrapScriptsCarryTheNonceOfThePolicy() {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/login");
        VaadinServletRequest request = new VaadinServletRequest(http, null);
        VaadinResponse response = mock(VaadinResponse.class);
        Document page = Jsoup.parse("<html><head><script>window.Vaadin = {};</script>"
                + "<script type=module src='/VAADIN/build/index.js'></script></head><body></body></html>");

        listenersIn(true).forEach(listener -> listener.modifyIndexHtmlResponse(
                new IndexHtmlResponse(request, response, page)));

        String nonce = (String) http.getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
        assertThat(nonce).isNotBlank();
        assertThat(page.getElementsByTag("script")).hasSize(2).allSatisfy(script ->
                assertThat(script.attr("nonce")).isEqualTo(nonce));
        verify(response).setHeader("Content-Security-Policy",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; object-src 'none'");
    }

    @Test
    void developmentModeKeepsThePlainApplicationPolicy() {
        assertThat(listenersIn(false)).isEmpty();
    }
}
