package app.limber.site.seo;

import app.limber.content.ArticlePage;
import app.limber.content.PictureSize;
import app.limber.content.RoutinePage;
import app.limber.content.VideoPlayback;
import app.limber.content.Visibility;
import app.limber.program.ProgramPage;
import app.limber.settings.SiteSettingsService;
import app.limber.site.InstructorPaths;
import app.limber.site.PageText;
import app.limber.site.PublicUrls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-LD (schema.org) for the public pages, one string per {@code <script type="application/ld+json">} block. Built
 * as a JSON tree and serialized by Jackson, then made safe to embed in a script element ({@code <}, {@code >} and
 * {@code &} written as Unicode escapes, so a title containing {@code </script>} cannot end the element). Members-only
 * items are described by their title, summary and picture only: their text, steps and clips never appear here.
 */
@Component
public class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private final JsonMapper json = JsonMapper.builder().build();
    private final PublicUrls urls;
    private final SiteSettingsService settings;

    StructuredData(PublicUrls urls, SiteSettingsService settings) {
        this.urls = urls;
        this.settings = settings;
    }

    /** One step of a breadcrumb trail: what it is called and where it is ({@code /articles}). */
    public record Crumb(String name, String path) {
    }

    /** An instructor's public profile, for {@link #person}. */
    public record Instructor(String name, String path, String bio, @Nullable String photoUrl) {
    }

    /**
     * A {@code BlogPosting} for an article page, with a {@code VideoObject} for each clip in {@code page.videos()}
     * (so build the page as a visitor sees it: members-only clips are not in it). A members-only article is marked as
     * not free and carries no clips.
     */
    public String article(ArticlePage page) {
        ObjectNode posting = typed("BlogPosting");
        String url = urls.absolute("/articles/" + page.slug());
        posting.put("headline", page.title());
        posting.put("description", page.excerpt());
        posting.put("url", url);
        posting.put("mainEntityOfPage", url);
        posting.put("image", shareImage(page.coverImageUrl()));
        putDate(posting, "datePublished", page.publishedAt());
        posting.set("author", author(page.authorId(), page.authorName()));
        posting.set("publisher", organization());
        if (!page.tags().isEmpty()) {
            posting.put("keywords", String.join(", ", page.tags().stream().map(ArticlePage.TagLink::name).toList()));
        }
        boolean free = page.visibility() == Visibility.PUBLIC;
        posting.put("isAccessibleForFree", free);
        if (free && !page.videos().isEmpty()) {
            ArrayNode videos = posting.putArray("video");
            page.videos().values().forEach(video -> videos.add(video(video, page.publishedAt(), page.excerpt())));
        }
        return write(posting);
    }

    /** A {@code HowTo} for a routine page with one {@code HowToStep} per step; members-only routines get no steps. */
    public String routine(RoutinePage page) {
        ObjectNode howTo = typed("HowTo");
        String url = urls.absolute("/routines/" + page.slug());
        howTo.put("name", page.title());
        howTo.put("description", page.summary());
        howTo.put("url", url);
        howTo.put("image", shareImage(page.coverImageUrl()));
        if (page.totalSeconds() > 0) {
            howTo.put("totalTime", Duration.ofSeconds(page.totalSeconds()).toString());
        }
        howTo.set("author", author(page.authorId(), page.authorName()));
        boolean free = page.visibility() == Visibility.PUBLIC;
        howTo.put("isAccessibleForFree", free);
        if (free) {
            ArrayNode steps = howTo.putArray("step");
            int position = 1;
            for (RoutinePage.Step step : page.steps()) {
                ObjectNode howToStep = typed(null, "HowToStep");
                howToStep.put("position", position);
                howToStep.put("name", step.name());
                howToStep.put("text", step.cue().isBlank() ? step.name() + " (" + step.amount() + ")" : step.cue());
                howToStep.put("url", url + "#step-" + position);
                if (step.imageUrl() != null) {
                    howToStep.put("image", urls.absolute(PictureSize.WIDE.urlOf(step.imageUrl())));
                }
                steps.add(howToStep);
                position++;
            }
        }
        return write(howTo);
    }

    /** A {@code Course} for a program page. */
    public String program(ProgramPage page) {
        ObjectNode course = typed("Course");
        course.put("name", page.title());
        course.put("description", Jsoup.parse(page.descriptionHtml()).text());
        course.put("url", urls.absolute("/programs/" + page.slug()));
        course.put("image", shareImage(page.coverUrl()));
        course.put("timeRequired", "P" + page.lengthDays() + "D");
        course.put("isAccessibleForFree", page.visibility() == Visibility.PUBLIC);
        course.set("provider", organization());
        ObjectNode instance = typed(null, "CourseInstance");
        instance.put("courseMode", "online");
        instance.put("courseWorkload", "P" + page.lengthDays() + "D");
        instance.set("instructor", author(page.authorId(), page.authorName()));
        course.putArray("hasCourseInstance").add(instance);
        return write(course);
    }

    /** A {@code Person} for an instructor's page. */
    public String person(Instructor instructor) {
        ObjectNode person = typed("Person");
        person.put("name", instructor.name());
        person.put("url", urls.absolute(instructor.path()));
        if (!instructor.bio().isBlank()) {
            person.put("description", instructor.bio());
        }
        if (instructor.photoUrl() != null) {
            person.put("image", urls.absolute(instructor.photoUrl()));
        }
        person.put("jobTitle", "Yoga instructor");
        return write(person);
    }

    /** A {@code BreadcrumbList} for a trail from the home page to the current page. */
    public String breadcrumbs(List<Crumb> trail) {
        ObjectNode list = typed("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        int position = 1;
        for (Crumb crumb : trail) {
            ObjectNode item = typed(null, "ListItem");
            item.put("position", position++);
            item.put("name", crumb.name());
            item.put("item", urls.absolute(crumb.path()));
            items.add(item);
        }
        return write(list);
    }

    /** The absolute address of a picture's share image, or of the site's default picture when there is none. */
    public String shareImage(@Nullable String pictureUrl) {
        return urls.shareImage(pictureUrl);
    }

    /** A {@code WebSite} for the home page. */
    public String website(String name) {
        ObjectNode site = typed("WebSite");
        site.put("name", name);
        site.put("url", urls.absolute("/"));
        return write(site);
    }

    /** A {@code CollectionPage} for a list page ({@code /articles}, a tag's page). */
    public String collectionPage(String name, String path) {
        ObjectNode page = typed("CollectionPage");
        page.put("name", name);
        page.put("url", urls.absolute(path));
        return write(page);
    }

    private ObjectNode video(VideoPlayback video, @Nullable Instant published, String fallbackDescription) {
        ObjectNode object = typed(null, "VideoObject");
        object.put("name", video.title());
        object.put("description", fallbackDescription.isBlank() ? video.title() : fallbackDescription);
        object.put("thumbnailUrl", video.posterUrl() == null ? urls.absolute(PublicUrls.DEFAULT_SHARE_IMAGE)
                : urls.absolute(video.posterUrl()));
        // The date the clip appeared on the site: the article's publishing date.
        putDate(object, "uploadDate", published);
        if (video.durationSeconds() != null && video.durationSeconds() > 0) {
            object.put("duration", Duration.ofSeconds(video.durationSeconds()).toString());
        }
        if (video.streamUrl() != null) {
            object.put("contentUrl", urls.absolute(video.streamUrl()));
        }
        if (video.embedUrl() != null) {
            object.put("embedUrl", video.embedUrl());
        }
        return object;
    }

    /** The author as a {@code Person} with the address of their instructor page. */
    private ObjectNode author(long personId, String name) {
        ObjectNode person = typed(null, "Person");
        person.put("name", name);
        person.put("url", urls.absolute(InstructorPaths.of(personId, name)));
        return person;
    }

    private ObjectNode organization() {
        ObjectNode organization = typed(null, "Organization");
        organization.put("name", settings.siteName());
        organization.put("url", urls.absolute("/"));
        return organization;
    }

    private static void putDate(ObjectNode node, String field, @Nullable Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    private ObjectNode typed(String type) {
        return typed(CONTEXT, type);
    }

    private ObjectNode typed(@Nullable String context, String type) {
        ObjectNode node = json.createObjectNode();
        if (context != null) {
            node.put("@context", context);
        }
        node.put("@type", type);
        return node;
    }

    private String write(ObjectNode node) {
        return forScriptElement(json.writeValueAsString(node));
    }

    /** JSON that can sit inside {@code <script>} as it is: markup characters only as Unicode escapes. */
    static String forScriptElement(String jsonText) {
        return PageText.jsonLd(jsonText);
    }
}
