package app.limber.site.seo;

import java.util.List;
import app.limber.site.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code /robots.txt}: crawlers may read the public site, not the application's areas; names the sitemap. */
@RestController
class RobotsController {

    /** The application's areas: signed-in pages, sign-in and sign-up, Vaadin's resources and private feeds. */
    static final List<String> DISALLOWED = List.of("/studio", "/admin", "/today", "/session", "/progress", "/account",
            "/login", "/register", "/VAADIN/", "/calendar/");

    private final PublicUrls urls;

    RobotsController(PublicUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(WebRequest request) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(urls.absolute("/sitemap.xml")).append('\n');
        return MachineReadable.send(request, MediaType.TEXT_PLAIN, text.toString());
    }
}
