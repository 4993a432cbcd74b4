package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The secret calendar feed: who may make and revoke it, what it contains, and that it is valid iCalendar. */
@Import(TestAccounts.class)
class CalendarFeedTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    WebApplicationContext web;

    SessionFixtures fixtures;
    SignedInPerson runner;
    long enrolment;

    @BeforeEach
    void aRunnerInAProgram() {
        fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long sunSalute = fixtures.routine(coach, "Runner's Sun Salute", 60);
        long toeStretch = fixtures.routine(coach, "Toe stretch; kneeling, toes tucked", 90);
        long program = fixtures.program(coach, "Back on track — 30 days für Läufer", 30);
        fixtures.day(program, 1, "Start easy, then notice your ankles.\nBreathe, slowly.", List.of(sunSalute));
        fixtures.day(program, 2, "", List.of(sunSalute, toeStretch));
        fixtures.day(program, 3, "Rest day: a walk.", List.of());
        fixtures.day(program, 31, "", List.of(sunSalute));  // beyond the length: never shown
        runner = accounts.create(Set.of(Role.RUNNER));
        enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-01-31"));
        clock.set(Instant.parse("2026-02-01T10:00:00Z"));
        actAs(runner);
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        SecurityContextHolder.clearContext();
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String path = url.substring(url.indexOf(CalendarFeedService.PATH_PREFIX));
        MockHttpServletResponse response = http.perform(get(path)).andReturn().getResponse();
        actAs(runner);
        return response;
    }

    @Test
    void theFeedHasOneAllDayEventPerPracticeDay() throws Exception {
        String address = feeds.newAddress(enrolment);
        assertThat(address).matches("https://limber.example/calendar/[A-Za-z0-9_-]{43}\\.ics");

        MockHttpServletResponse response = fetch(address);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        byte[] bytes = response.getContentAsByteArray();
        List<String> lines = checkedLines(bytes);
        assertThat(lines).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:-//Limber//Programs//EN",
                "X-WR-CALNAME:Back on track — 30 days für Läufer · Limber");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        assertThat(lines).contains("UID:enrolment-" + enrolment + "-day-1@limber",
                "DTSTART;VALUE=DATE:20260131", "DTEND;VALUE=DATE:20260201",
                "DTSTART;VALUE=DATE:20260201", "DTSTAMP:20260201T100000Z",
                "SUMMARY:Day 1: Runner's Sun Salute",
                "SUMMARY:Day 2: Runner's Sun Salute\\, Toe stretch\\; kneeling\\, toes tucked");
        String description = lines.stream().filter(line -> line.startsWith("DESCRIPTION:Start easy")).findFirst()
                .orElseThrow();
        assertThat(description).startsWith("DESCRIPTION:Start easy\\, then notice your ankles.\\nBreathe\\, slowly.\\n\\n")
                .contains("day 1 of 30").endsWith("Start the session: https://limber.example/session/" + enrolment + "-1");
        assertThat(lines).noneMatch(line -> line.contains("Rest day"));
    }

    @Test
    void aNewAddressReplacesTheOldAndRevokingEndsIt() throws Exception {
        String first = feeds.newAddress(enrolment);
        String second = feeds.newAddress(enrolment);

        assertThat(fetch(first).getStatus()).isEqualTo(404);
        assertThat(fetch(second).getStatus()).isEqualTo(200);
        feeds.revoke(enrolment);
        assertThat(fetch(second).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select calendar_token_hash from enrolments", String.class)).isNull();
    }

    @Test
    void onlyTheSecretsHashIsStored() {
        String address = feeds.newAddress(enrolment);
        String token = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        String stored = jdbc.queryForObject("select calendar_token_hash from enrolments", String.class);
        assertThat(stored).hasSize(64).isEqualTo(CalendarFeedService.hash(token)).doesNotContain(token);
    }

    @Test
    void leavingTheProgramEndsTheFeed() throws Exception {
        String address = feeds.newAddress(enrolment);
        fixtures.leave(enrolment);
        assertThat(fetch(address).getStatus()).isEqualTo(404);
    }

    @Test
    void unknownAddressesAreNotFound() throws Exception {
        assertThat(fetch("/calendar/nonsense.ics").getStatus()).isEqualTo(404);
        assertThat(fetch("/calendar/" + "a".repeat(43) + ".ics").getStatus()).isEqualTo(404);
    }

    @Test
    void onlyTheRunnerMakesOrRevokesTheirFeed() {
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> feeds.newAddress(enrolment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.revoke(enrolment)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> feeds.newAddress(enrolment))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        String summary = "Day 1: " + "Fußgelenk-Mobilität 🦶 ".repeat(12);
        String calendar = CalendarFeed.write("Name", Instant.EPOCH, List.of(new CalendarFeed.Event("uid@limber",
                LocalDate.EPOCH, summary, "x", "http://localhost/x")));
        List<String> lines = checkedLines(calendar.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).contains("SUMMARY:" + summary);
    }

    @Test
    void textIsEscaped() {
        assertThat(CalendarFeed.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    /**
     * Checks the RFC 5545 framing (CRLF endings, lines at most 75 octets, folding with one space, valid UTF-8,
     * balanced BEGIN/END, required properties per event) and returns the unfolded content lines.
     */
    static List<String> checkedLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).as("valid UTF-8").isEqualTo(bytes);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\n").doesNotContain("\r");
        List<String> unfolded = new ArrayList<>();
        for (String physical : text.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as("octets of %s", physical)
                    .isLessThanOrEqualTo(75);
            if (physical.startsWith(" ")) {
                int last = unfolded.size() - 1;
                unfolded.set(last, unfolded.get(last) + physical.substring(1));
            } else {
                unfolded.add(physical);
            }
        }
        List<String> open = new ArrayList<>();
        List<String> eventProperties = new ArrayList<>();
        for (String line : unfolded) {
            assertThat(line).as("content line").matches("[A-Z-]+(;[A-Z-]+=[^:;]+)*:.*");
            if (line.startsWith("BEGIN:")) {
                open.add(line.substring(6));
                eventProperties.clear();
            } else if (line.startsWith("END:")) {
                assertThat(open).isNotEmpty();
                assertThat(open.removeLast()).isEqualTo(line.substring(4));
                if (line.equals("END:VEVENT")) {
                    assertThat(eventProperties).as("required event properties")
                            .contains("UID", "DTSTAMP", "DTSTART");
                }
            } else {
                eventProperties.add(line.split("[;:]", 2)[0]);
            }
        }
        assertThat(open).as("every BEGIN has its END").isEmpty();
        return unfolded;
    }
}
