package app.limber.site;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.settings.SiteSettingsService;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Renders public pages: the template with the layout's frame, and the HTTP caching that lets nginx or a CDN serve a
 * popular page. A page every visitor sees alike is {@code public, max-age=60, stale-while-revalidate=600} with an
 * ETag (a hash of the HTML) and a Last-Modified (see {@link #lastModified}), and a conditional request for it is
 * answered 304; what a visitor gets is kept a few seconds in the {@link VisitorPageCache}. Pages for a signed-in
 * member, and members-only pages, are {@code private, no-store}. Nothing here opens a session for a visitor: the CSRF
 * token is read only for a member, who has a session already.
 */
@Component
public class PublicPages {

    /** How a page may be cached. */
    public enum Audience {
        /** The same for every visitor: cacheable by browsers and shared caches. */
        EVERYONE,
        /** Never stored: members-only pages, previews, anything personal. */
        PRIVATE
    }

    static final CacheControl SHARED = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic()
            .staleWhileRevalidate(java.time.Duration.ofSeconds(600));
    static final CacheControl NOT_STORED = CacheControl.noStore().cachePrivate();
    private static final int REMEMBERED_VERSIONS = 2_000;
    private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile(
            "name=\"" + GuestFormTokens.FIELD + "\" value=\"[^\"]*\"");

    private final TemplateEngine templates;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final VisitorPageCache cache;

    /** The version of each page last served, with its Last-Modified (least recently served forgotten first). */
    private record Served(String etag, Instant lastModified) {
    }

    private final Map<String, Served> served = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Served> eldest) {
            return size() > REMEMBERED_VERSIONS;
        }
    };

    PublicPages(TemplateEngine templates, SiteSettingsService settings, Clock clock, VisitorPageCache cache) {
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
        this.cache = cache;
    }

    /** The layout's frame for this request: site name, where the reader is, and who they are. */
    public SiteFrame frame(HttpServletRequest request) {
        SignedInPerson person = SignedInPerson.currentOrNull();
        String path = pathOf(request);
        var current = settings.current();
        if (person == null) {
            return new SiteFrame(current.siteName(), path, null, null, current.registrationOpen());
        }
        List<SiteFrame.AppLink> links = new ArrayList<>();
        if (person.roles().contains(Role.RUNNER)) {
            links.add(new SiteFrame.AppLink("Today", "/today"));
        }
        if (person.roles().contains(Role.INSTRUCTOR)) {
            links.add(new SiteFrame.AppLink("Studio", "/studio"));
        }
        if (person.roles().contains(Role.ADMIN)) {
            links.add(new SiteFrame.AppLink("Admin", "/admin"));
        }
        return new SiteFrame(current.siteName(), path, new SiteFrame.Viewer(person.displayName(), links),
                sessionToken(request), current.registrationOpen());
    }

    /** The page's address; for an error page, the address that was asked for rather than the error dispatch's. */
    private static String pathOf(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked instanceof String original ? original : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    /** The signed-in member's session CSRF token as a form field; null for visitors (and never created for them). */
    static SiteFrame.@Nullable FormToken sessionToken(HttpServletRequest request) {
        if (SignedInPerson.currentOrNull() == null) {
            return null;
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : new SiteFrame.FormToken(token.getParameterName(), token.getToken());
    }

    /** "Routines · Maya's Running Yoga": the page's own title and the site's name. */
    public String title(String pageTitle) {
        String siteName = settings.siteName();
        return pageTitle.isBlank() ? siteName : pageTitle + " · " + siteName;
    }

    /**
     * Renders {@code template} (a path under src/main/jte without ".jte") with {@code frame}, {@code meta} and
     * {@code model}; answers 304 when the request already has this version of a page everyone sees alike.
     */
    public ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, String template,
            SiteFrame frame, PageMeta meta, Object model, Audience audience) {
        return render(request, status, template, frame, meta, model, audience, null);
    }

    /**
     * Renders a page as {@link #render(HttpServletRequest, HttpStatus, String, SiteFrame, PageMeta, Object, Audience)}
     * does, for a page whose content last changed at {@code changedAt} (the item's last edit or its newest
     * comment), which its Last-Modified then says.
     */
    public ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, String template,
            SiteFrame frame, PageMeta meta, Object model, Audience audience, @Nullable Instant changedAt) {
        StringOutput output = new StringOutput();
        templates.render(template + ".jte", Map.of("frame", frame, "meta", meta, "model", model), output);
        String html = output.toString();
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(HTML);
        if (audience == Audience.PRIVATE || frame.signedIn() || !status.is2xxSuccessful()) {
            return response.cacheControl(NOT_STORED).body(body);
        }
        String etag = "\"" + hash(withoutFormTokens(html)) + "\"";
        Instant lastModified = lastModified(frame.path() + query(request), etag, changedAt);
        if (request.getAttribute(VisitorPageCache.Pending.class.getName()) instanceof VisitorPageCache.Pending pending
                && status == HttpStatus.OK) {
            cache.keep(pending, body, etag, lastModified);
        }
        response.cacheControl(SHARED).eTag(etag).lastModified(lastModified);
        if (notModified(request, etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(SHARED).eTag(etag)
                    .lastModified(lastModified).build();
        }
        return response.body(body);
    }

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static String query(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? "" : "?" + query;
    }

    /**
     * The Last-Modified of this version of a page: the newest change it shows that has a date ({@code changedAt},
     * and the site settings, whose name is on every page) while that explains the page's ETag. When the HTML changed
     * for something without a date of its own (a linked routine renamed) or the page has no dated content (lists),
     * it is the moment this node first served that version. The same version keeps its Last-Modified, so a
     * conditional request with If-Modified-Since gets the same answer as one with If-None-Match.
     */
    private synchronized Instant lastModified(String page, String etag, @Nullable Instant changedAt) {
        Served known = served.get(page);
        if (known != null && known.etag().equals(etag)) {
            return known.lastModified();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant result = now;
        if (changedAt != null) {
            Instant dated = latest(changedAt, settings.changedAt()).truncatedTo(ChronoUnit.SECONDS);
            if (known == null || dated.isAfter(known.lastModified())) {
                result = dated.isAfter(now) ? now : dated;
            }
        }
        served.put(page, new Served(etag, result));
        return result;
    }

    /** Forgets which version of each page was served when (tests that replace all stored data between them). */
    public synchronized void forgetServedVersions() {
        served.clear();
    }

    /** The later of two moments, either of which may be missing. */
    static Instant latest(Instant first, @Nullable Instant second) {
        return second != null && second.isAfter(first) ? second : first;
    }

    /** If-None-Match decides when present (RFC 9110); otherwise If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since = dateHeader(request);
        return since >= 0 && lastModified.toEpochMilli() <= since;
    }

    private static long dateHeader(HttpServletRequest request) {
        try {
            return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException malformed) {
            return -1;
        }
    }

    /** The page without the guests' form tokens, which change with every rendering but not the page itself. */
    static byte[] withoutFormTokens(String html) {
        return FORM_TOKEN.matcher(html).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
