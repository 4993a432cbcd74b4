package app.limber.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The page a browser gets for a 4xx error answered outside the site's controllers (a form post refused by the CSRF
 * check, a method the address doesn't take, a request the security rules deny): the site's own error page with that
 * status, instead of Spring Boot's bare error page. 5xx errors keep Spring Boot's page, which needs no database.
 */
@Component
class SiteErrorPages implements ErrorViewResolver {

    private final SiteErrors errors;

    SiteErrorPages(SiteErrors errors) {
        this.errors = errors;
    }

    @Override
    public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
            Map<String, Object> model) {
        if (!status.is4xxClientError()) {
            return null;
        }
        View page = (ignoredModel, pageRequest, response) -> {
            ResponseEntity<byte[]> rendered = errors.page(pageRequest, status);
            response.setStatus(rendered.getStatusCode().value());
            // the page's own headers replace what was written before (Spring Security's cache headers)
            rendered.getHeaders().forEach((name, values) -> {
                response.setHeader(name, values.getFirst());
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
            byte[] body = rendered.getBody();
            if (body != null && !"HEAD".equals(pageRequest.getMethod())) {
                response.getOutputStream().write(body);
            }
        };
        ModelAndView answer = new ModelAndView(page);
        answer.setStatus(status);
        return answer;
    }
}
